/**
 * What was read from each received file, kept while the page is open, so adding or replacing one file reads one
 * file and not all 500. Keyed by the file's id and its bytes (length and an FNV-1a hash, computed once per bytes
 * array: a collection opened again keeps the arrays it had read, and a new array is hashed once). Only in memory: a new build of the app (a better importer) is a
 * new page, so it never sees what an older importer read.
 */
import type { ReceivedFile } from "./collection";

/** FNV-1a over the bytes: fast, and enough to tell a changed record under the same id. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

const HASHES = new WeakMap<Uint8Array, string>();

/** A file's memo key; the bytes' hash once per bytes object (a reopened collection keeps the ones it read). */
export function fileKey(file: Pick<ReceivedFile, "id" | "bytes">): string {
  let digest = HASHES.get(file.bytes);
  if (digest === undefined) {
    digest = `${file.bytes.length}:${hash(file.bytes)}`;
    HASHES.set(file.bytes, digest);
  }
  return `${file.id}:${digest}`;
}

export class FileMemo<T> {
  private readonly known = new Map<string, T>();

  /** The value for these bytes, computed once. */
  get(key: string, compute: () => T): T {
    let value = this.known.get(key);
    if (value === undefined) {
      value = compute();
      this.known.set(key, value);
    }
    return value;
  }

  /** Forgets a value (a reading that failed for a passing reason, to be tried again). */
  forget(key: string): void {
    this.known.delete(key);
  }

  /** Keeps only the files still in the collection. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.known.keys()) if (!keys.has(key)) this.known.delete(key);
  }
}
