// What Material's bundle expects to find when it runs: its page globals (normally an inline
// script), computed from this file's own URL, and, on a page that starts the scoring engine, its
// search held back.
(function () {
  var root = new URL("../../", document.currentScript.src);
  window.__md_scope = root;
  window.__md_hash = function (e) {
    return [...e].reduce(function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, scope) {
    storage = storage || localStorage; scope = scope || window.__md_scope;
    return JSON.parse(storage.getItem(scope.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, scope) {
    storage = storage || localStorage; scope = scope || window.__md_scope;
    try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (e) { /* full or disabled */ }
  };

  // Material's search worker builds its index as soon as it is sent one: half a second of CPU,
  // which on a page that starts the engine (it carries data-pyodide) competes with Python's start.
  // There, what Material sends the worker waits until the engine has started or failed
  // (selfassess:engine-settled), or until the visitor goes to the search box, whichever is first.
  var SEARCH_WORKER = /\/assets\/javascripts\/workers\/search\.[^/]*js$/;
  var NativeWorker = window.Worker;
  function holdUntilEngineSettles(worker) {
    var held = [];
    var post = worker.postMessage.bind(worker);
    worker.postMessage = function (message) {
      if (held) held.push(message); else post(message);
    };
    function release() {
      var messages = held || [];
      held = null;
      messages.forEach(function (message) { post(message); });
    }
    document.addEventListener("selfassess:engine-settled", release, { once: true });
    document.addEventListener("focusin", function (event) {
      if (event.target.matches('[data-md-component="search-query"]')) release();
    });
  }
  window.Worker = function Worker(url, options) {
    var worker = new NativeWorker(url, options);
    var search = SEARCH_WORKER.test(new URL(url, location.href).pathname);
    if (search && document.querySelector("[data-pyodide]")) holdUntilEngineSettles(worker);
    return worker;
  };
  window.Worker.prototype = NativeWorker.prototype;
})();
