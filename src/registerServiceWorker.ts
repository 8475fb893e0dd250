import { whenIdle } from "./ui/editor/idle";

/** The first screen (editor, draft list or 汇总) is in the page: #root holds something other than a loading line. */
function afterFirstScreen(then: () => void): void {
  const root = document.getElementById("root");
  if (!root) return;
  const shown = () => root.childElementCount > 0 && root.querySelector(".drafts-loading") === null;
  if (shown()) {
    then();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    then();
  });
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Offline use: the built app registers its service worker; the dev server does not (it would cache stale code).
 * Only once the first screen is up and the page is idle: installing the worker downloads and compiles every file of
 * the build, and on a first visit that competed with the app's own start for the line and the CPU (issue #20:
 * first visit to editable 718 → 400 ms here, 2.37 → 2.09 s at 4× CPU and 1.6 Mbit/s, without it).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register("./sw.js").catch((error: unknown) => {
      // Offline use is a bonus: the app works without it, so a failure is only logged.
      console.error("service worker registration failed", error);
    });
  };
  afterFirstScreen(() => whenIdle(register, { after: 500, timeout: 5000 }));
}
