// The site's service worker. Pages: network first, the cached copy when the network fails
// (or is slow and a copy exists); a page's request starts while the worker itself starts
// (navigation preload), and the page is handed over before its copy is written. Everything
// else (runtime, wheel, banks, assets): the cache first; the files of this build are cached on
// install, under a name holding VERSION, and the caches of other builds of this site are
// deleted once this worker takes over.
const SCOPE = self.registration.scope;
const PREFIX = `selfassess ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const NETWORK_TIMEOUT = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "no-cache": revalidate with the server, so a rebuilt site never caches stale copies.
    await cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!request.url.startsWith(SCOPE)) return;
  if (request.method === "HEAD") event.respondWith(head(request));
  else if (request.method !== "GET") return;
  else if (request.mode === "navigate") event.respondWith(page(event));
  else event.respondWith(asset(request));
});

// Offline, and this file was never cached (e.g. a page of a newer build): say so plainly.
function unavailable() {
  return new Response("Offline: this address is not saved for offline use.\n", {
    status: 503, statusText: "Offline", headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

async function cachedPage(cache, request) {
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  const found = await cache.match(url.href);
  if (found || !url.pathname.endsWith("/")) return found;
  return cache.match(url.href + "index.html");
}

async function page(event) {
  const request = event.request;
  const network = Promise.resolve(event.preloadResponse).then((preloaded) => preloaded || fetch(request));
  network.then((response) => {
    if (response.status !== 200) return;
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
  }, () => {});
  const slow = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("slow network")), NETWORK_TIMEOUT);
  });
  try {
    return await Promise.race([network, slow]);
  } catch (error) {
    return (await cachedPage(await caches.open(CACHE), request)) || network.catch(unavailable);
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    return unavailable();
  }
}

// The engine checks that the runtime is there with HEAD requests: answer them from the cache.
async function head(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreMethod: true });
  if (cached) {
    return new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
  }
  try {
    return await fetch(request);
  } catch (error) {
    return unavailable();
  }
}
