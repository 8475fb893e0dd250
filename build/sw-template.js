// Service worker of 年报编制: the app keeps working offline after one visit.
// Pages: network first (an update is picked up on the next online visit), this version's precached page when
// offline or when the network answers with an error.
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

/** This version's app shell, else the newest one of an older version still kept. */
function shell() {
  return caches
    .open(CACHE)
    .then((cache) => cache.match("./", { ignoreVary: true }))
    .then((own) => own ?? caches.match("./", { ignoreVary: true }));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The offline copy of the page is only ever this version's precached one: a page fetched at run time is never
    // stored, so neither an error page (404, 503) nor a newer deployment's page, whose scripts this cache lacks,
    // can become what opens offline. A failed or non-OK navigation gets that last good shell.
    event.respondWith(
      fetch(request)
        .then((response) => (response.ok ? response : shell().then((cached) => cached ?? response)))
        .catch(() => shell()),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fetch(request)));
});
