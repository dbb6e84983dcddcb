// Registers the site's service worker (sw.js at the site root, whose scope is the whole site,
// under any sub-path), so that after the first visit the site works offline.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var root = new URL("../../", document.currentScript.src);
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname })
      .catch(function (error) { console.warn("Offline use is unavailable:", error); });
  });
})();
