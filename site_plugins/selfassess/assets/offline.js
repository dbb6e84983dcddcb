// Registers the site's service worker (sw.js at the site root, whose scope is the whole site,
// under any sub-path), so that after the first visit the site works offline.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var root = new URL("../../", document.currentScript.src);
  function register() {
    navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname })
      .catch(function (error) { console.warn("Offline use is unavailable:", error); });
  }
  // Installing caches the whole site, the runtime's megabytes included: on a page that starts the
  // scoring engine (data-pyodide), that waits until the engine has started (or failed to), so the
  // two never fetch the same files at once; elsewhere it waits for the page's load.
  if (document.querySelector("[data-pyodide]")) {
    document.addEventListener("selfassess:engine-settled", register, { once: true });
  } else {
    window.addEventListener("load", register);
  }
})();
