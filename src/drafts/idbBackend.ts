/**
 * IndexedDB through idb-keyval: one database, one object store, keys with prefixes (see repository.ts).
 * A connection the browser closed under us (Safari does; so can storage pressure) is reopened once and
 * the operation retried; a second failure is reported to the caller.
 *
 * DO NOT RENAME THE DATABASE OR STORE: every draft a clerk wrote lives there.
 */
import { createStore, promisifyRequest, type UseStore } from "idb-keyval";
import { type Backend, prefixRange, type WriteSet } from "./backend";
import { classifyStorageError } from "./storageErrors";

export const DB_NAME = "nianbao-drafts";
export const STORE_NAME = "records";

/** How long opening may take before we treat IndexedDB as unavailable (a blocked open never settles). */
const OPEN_TIMEOUT_MS = 4000;

function range(prefix: string): IDBKeyRange {
  const { lower, upper } = prefixRange(prefix);
  return IDBKeyRange.bound(lower, upper);
}

export class IdbBackend implements Backend {
  readonly kind = "indexeddb";
  private store: UseStore;

  private constructor() {
    this.store = createStore(DB_NAME, STORE_NAME);
  }

  /** Opens the database, or throws when the browser will not give us one (private mode, disabled). */
  static async open(): Promise<IdbBackend> {
    if (typeof indexedDB === "undefined") throw new DOMException("indexedDB is undefined", "NotSupportedError");
    const backend = new IdbBackend();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DOMException("indexedDB.open timed out", "NotSupportedError")),
        OPEN_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([backend.keys("\u0000probe"), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return backend;
  }

  private async run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<T> {
    try {
      return await this.store(mode, body);
    } catch (error) {
      if (classifyStorageError(error) !== "closed") throw error;
      this.store = createStore(DB_NAME, STORE_NAME);
      return this.store(mode, body);
    }
  }

  get(key: string): Promise<unknown> {
    return this.run("readonly", (store) => promisifyRequest(store.get(key)));
  }

  entries(prefix: string): Promise<[string, unknown][]> {
    return this.run("readonly", (store) =>
      Promise.all([
        promisifyRequest(store.getAllKeys(range(prefix))),
        promisifyRequest(store.getAll(range(prefix))),
      ]).then(([keys, values]) => keys.map((key, i): [string, unknown] => [String(key), values[i]])),
    );
  }

  keys(prefix: string): Promise<string[]> {
    return this.run("readonly", (store) =>
      promisifyRequest(store.getAllKeys(range(prefix))).then((keys) => keys.map(String)),
    );
  }

  values(prefix: string): Promise<unknown[]> {
    return this.run("readonly", (store) => promisifyRequest(store.getAll(range(prefix))));
  }

  transact<R>(keys: readonly string[], decide: (values: unknown[]) => WriteSet<R>): Promise<R> {
    return this.run("readwrite", (store) => transactOn(store, keys, decide));
  }
}

function transactOn<R>(store: IDBObjectStore, keys: readonly string[], decide: (values: unknown[]) => WriteSet<R>) {
  return new Promise<R>((resolve, reject) => {
    const tx = store.transaction;
    let result: R;
    let failed: unknown = null;
    tx.oncomplete = () => resolve(result);
    tx.onabort = tx.onerror = () => reject(failed ?? tx.error ?? new DOMException("transaction aborted", "AbortError"));
    const values: unknown[] = new Array(keys.length);
    let pending = keys.length;
    const write = () => {
      try {
        const change = decide(values);
        result = change.result;
        for (const [key, value] of change.put ?? []) store.put(value, key);
        for (const key of change.del ?? []) store.delete(key);
      } catch (error) {
        failed = error;
        tx.abort();
      }
    };
    if (pending === 0) write();
    keys.forEach((key, i) => {
      const request = store.get(key);
      request.onsuccess = () => {
        values[i] = request.result;
        if (--pending === 0) write();
      };
    });
  });
}
