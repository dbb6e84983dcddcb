// Served by `selfassess serve` in place of the site's own service worker (sw.js): while a site
// is being edited every file must come from the server, never from an offline copy of an older
// build. This worker handles no request, and on taking over it deletes the site's offline caches.
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("selfassess ")) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});
