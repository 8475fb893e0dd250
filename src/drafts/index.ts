/**
 * The drafts module: the only code that touches IndexedDB. The UI asks it for a repository and gets
 * either IndexedDB or, when the browser will not give us storage, memory plus the reason.
 */
import { type Backend, MemoryBackend } from "./backend";
import { IdbBackend } from "./idbBackend";
import { DraftRepository } from "./repository";
import { classifyStorageError, type StorageFailure } from "./storageErrors";

export * from "./autosave";
export type { Backend } from "./backend";
export * from "./backup";
export * from "./channel";
// Types only: the collections repository is loaded with the 汇总 screen (ui/collect), not in the first page.
export type * from "./collections";
export * from "./envelope";
export * from "./repository";
export * from "./restore";
export * from "./reviewRecord";
export * from "./session";
export * from "./storageErrors";
// Types only: the record is read by the repository, which loads it on first use.
export type * from "./submissionRecord";
export * from "./summary";
export * from "./tabLock";

export interface OpenedStorage {
  repo: DraftRepository;
  /** Why we fell back to memory, or null when drafts go to IndexedDB. */
  failure: StorageFailure | null;
}

export async function openDrafts(): Promise<OpenedStorage> {
  let backend: Backend;
  try {
    backend = await IdbBackend.open();
  } catch (error) {
    console.error("IndexedDB unavailable, keeping drafts in memory", error);
    const failure = classifyStorageError(error);
    return { repo: new DraftRepository(new MemoryBackend()), failure: failure === "quota" ? "quota" : "unavailable" };
  }
  return { repo: new DraftRepository(backend), failure: null };
}

let persistRequested = false;

/** Asks the browser not to evict our data; only after a first real save (asking at load looks like spam). */
export function requestPersistence(): void {
  if (persistRequested) return;
  persistRequested = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}
export * from "./exportBackup";
export * from "./journal";
