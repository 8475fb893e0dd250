/**
 * Runs `work` when the main thread is idle, not before `after` ms and at the latest `timeout` ms after that: for
 * work a keystroke causes but need not wait for (the checks), so the key's frame is painted first and fast typing
 * costs one run per interval, not one per key. Returns a cancel function.
 */
export function whenIdle(work: () => void, { after = 0, timeout }: { after?: number; timeout: number }): () => void {
  let idle: (() => void) | null = null;
  const start = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(work, { timeout });
      idle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(work, Math.min(timeout, 50));
      idle = () => clearTimeout(handle);
    }
  };
  if (after <= 0) {
    start();
    return () => idle?.();
  }
  const wait = setTimeout(start, after);
  return () => {
    clearTimeout(wait);
    idle?.();
  };
}
