/**
 * One writer per draft across tabs, with the Web Locks API: the tab holding `nianbao-draft:<id>` writes;
 * any other tab opens the draft read-only. 接管编辑 steals the lock; the tab that loses it is told and
 * stops writing. Where Web Locks are missing (very old browsers) every tab may write, and the revision
 * check in the repository still refuses a stale write.
 */

export interface DraftLock {
  release(): void;
}

export interface LockRequest {
  id: string;
  steal: boolean;
  /** The lock was taken by another tab (接管编辑 there). */
  onLost: () => void;
}

const lockName = (id: string) => `nianbao-draft:${id}`;

/** Resolves with the lock, or null when another tab holds it (and `steal` is false). */
export function acquireDraftLock({ id, steal, onLost }: LockRequest): Promise<DraftLock | null> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  if (!locks) return Promise.resolve({ release: () => {} });
  return new Promise((resolve) => {
    let released = false;
    let release: () => void = () => {
      released = true;
    };
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(lockName(id), options, (lock) => {
        if (!lock) {
          resolve(null);
          return undefined;
        }
        return new Promise<void>((done) => {
          release = done;
          resolve({ release: () => release() });
          if (released) done();
        });
      })
      .catch((error: unknown) => {
        if ((error as { name?: string }).name === "AbortError") onLost();
      });
  });
}
