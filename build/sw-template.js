// Service worker of 年报编制: the app keeps working offline after one visit.
// Pages: network first (an update is picked up on the next online visit), cached copy when offline.
// Hashed assets: cache first (their names change when their content does).
// The build fills in VERSION and PRECACHE (see build/serviceWorkerPlugin.ts).
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `xxgk-annual-report-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// The previous version's cache stays one deployment longer: a tab still open on that version loads the code it
// has not used yet (print, Word, import…) from it, even once the server no longer has those files.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const older = keys.filter((k) => k.startsWith("xxgk-annual-report-") && k !== CACHE);
        return Promise.all(older.slice(0, -1).map((k) => caches.delete(k)));
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("./", copy));
          return response;
        })
        .catch(() => caches.match("./", { ignoreVary: true })),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fetch(request)));
});
