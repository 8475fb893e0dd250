/** Offline use: the built app registers its service worker; the dev server does not (it would cache stale code). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch((error: unknown) => {
      // Offline use is a bonus: the app works without it, so a failure is only logged.
      console.error("service worker registration failed", error);
    });
  });
}
