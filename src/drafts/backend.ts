/**
 * The key-value store under the drafts: IndexedDB through idb-keyval, or memory when the browser has no
 * usable IndexedDB. Every write goes through `transact`, which reads, decides and writes in ONE
 * transaction and resolves only after it has committed, so "saved" is never said early.
 */

/** What `decide` wants written; `result` is what `transact` resolves with after the commit. */
export interface WriteSet<R> {
  put?: [string, unknown][];
  del?: string[];
  result: R;
}

export interface Backend {
  readonly kind: "indexeddb" | "memory";
  get(key: string): Promise<unknown>;
  /** Every key starting with `prefix`, with its value. */
  entries(prefix: string): Promise<[string, unknown][]>;
  keys(prefix: string): Promise<string[]>;
  /** Only the values under `prefix` (cheaper than `entries` when the value names itself). */
  values(prefix: string): Promise<unknown[]>;
  transact<R>(keys: readonly string[], decide: (values: unknown[]) => WriteSet<R>): Promise<R>;
}

/** The key range of a prefix: every string that starts with it. */
export function prefixRange(prefix: string): { lower: string; upper: string } {
  return { lower: prefix, upper: `${prefix}\uffff` };
}

/** Used when IndexedDB cannot be opened: same behaviour, nothing survives the page. */
export class MemoryBackend implements Backend {
  readonly kind = "memory";
  private readonly data = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key));
  }

  async entries(prefix: string): Promise<[string, unknown][]> {
    return [...this.data]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, structuredClone(value)]);
  }

  async keys(prefix: string): Promise<string[]> {
    return (await this.entries(prefix)).map(([key]) => key);
  }

  async values(prefix: string): Promise<unknown[]> {
    return (await this.entries(prefix)).map(([, value]) => value);
  }

  async transact<R>(keys: readonly string[], decide: (values: unknown[]) => WriteSet<R>): Promise<R> {
    await Promise.resolve();
    const change = decide(keys.map((key) => structuredClone(this.data.get(key))));
    for (const [key, value] of change.put ?? []) this.data.set(key, structuredClone(value));
    for (const key of change.del ?? []) this.data.delete(key);
    return change.result;
  }
}
