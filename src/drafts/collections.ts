/**
 * The collections (汇总) of a 区 office: the only code that reads and writes `c/` and `cf/` (keys.ts). Reads never
 * write: a record that cannot be read is listed with the reason and left as it is; one from a newer app version is named as
 * such and every write refuses it. Each change is one transaction over the collection record and its files.
 */
import { type Collection, type CollectionFile, notesPrefix, type ReceivedFile, type RosterUnit } from "../collect";
import type { Backend, WriteSet } from "./backend";
import {
  COLLECTION_FILE_TYPE,
  COLLECTION_VERSION,
  type CollectionRead,
  collectionFileRecordSchema,
  collectionRecord,
  readCollectionRecord,
} from "./collectionRecord";
import { collectionFileKey, collectionFilesPrefix, collectionKey, idOf, PREFIX, reviewKey } from "./keys";
import { type ReviewRecord, readReviewRecord } from "./reviewRecord";

export interface CollectionListing {
  collections: Collection[];
  /** Records that could not be read or are from a newer version, with the reason in Chinese. */
  unreadable: { id: string; reason: string }[];
}

export type OpenedCollection =
  | { kind: "ok"; collection: Collection; files: ReceivedFile[]; missingFiles: CollectionFile[] }
  | { kind: "newer"; version: number }
  | { kind: "unreadable"; reason: string }
  | { kind: "missing" };

export interface IncomingFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A file from a backup, and the id it is kept under when this collection has other bytes under its own id. */
export interface BackupIncomingFile extends ReceivedFile {
  altId: string;
}

/** What restoring a collection's files did with them. */
interface FileCounts {
  added: number;
  /** Already here with the same bytes. */
  same: number;
  /** Other bytes here under the same id: the backup's kept beside them. */
  keptBoth: number;
  /** Listed here without its bytes: the backup gave them back. */
  refilled: number;
}

const NO_FILES: FileCounts = { added: 0, same: 0, keptBoth: 0, refilled: 0 };

export type RestoredCollection =
  | (FileCounts & {
      kind: "added" | "merged";
      /** The roster here differs from the backup's (the local one is kept). */
      rosterDiffers: boolean;
    })
  | { kind: "refused"; reason: string };

type RestoreStart = { created: boolean; refusal: WriteRefusal; roster: RosterUnit[] };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Why a write was refused, in Chinese; null when it was written. */
export type WriteRefusal = string | null;

const NEWER = "这个汇总由更新版本的本工具保存，本版本只能查看，不能修改。请使用最新版本打开。";
const GONE = "这个汇总已不存在（可能已在其他标签页删除）。请返回汇总列表。";

/** Up to this many files to read are read one by one when a collection is opened again. */
const FEW_FILES = 8;

export class CollectionRepository {
  constructor(
    private readonly backend: Backend,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async list(): Promise<CollectionListing> {
    const listing: CollectionListing = { collections: [], unreadable: [] };
    for (const [key, value] of await this.backend.entries(PREFIX.collection)) {
      const read = readCollectionRecord(value);
      const id = idOf("collection", key);
      if (read.kind === "ok") listing.collections.push(read.collection);
      else listing.unreadable.push({ id, reason: reasonOf(read) });
    }
    listing.collections.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return listing;
  }

  async create(name: string, year: number | null): Promise<Collection> {
    const at = this.now().toISOString();
    const collection: Collection = { id: this.newId(), name, year, createdAt: at, savedAt: at, roster: [], files: [] };
    await this.backend.transact([], () => ({
      put: [[collectionKey(collection.id), collectionRecord(collection)]],
      result: null,
    }));
    return collection;
  }

  /**
   * The collection with its files' bytes. `known`: bytes the caller already holds, by file id (a file's bytes never
   * change under its id), so reopening after adding or replacing one file reads that file, not all 500 again.
   */
  async open(id: string, known: ReadonlyMap<string, Uint8Array> = new Map()): Promise<OpenedCollection> {
    const raw = await this.backend.get(collectionKey(id));
    if (raw === undefined) return { kind: "missing" };
    const read = readCollectionRecord(raw);
    if (read.kind !== "ok") return read;
    const unknown = read.collection.files.filter((f) => !known.has(f.id));
    // A few files one by one; many (the first open) in one read of the prefix.
    const stored = new Map(
      unknown.length > FEW_FILES
        ? await this.backend.entries(collectionFilesPrefix(id))
        : await Promise.all(
            unknown.map(async (f) => {
              const key = collectionFileKey(id, f.id);
              return [key, await this.backend.get(key)] as const;
            }),
          ),
    );
    const files: ReceivedFile[] = [];
    const missingFiles: CollectionFile[] = [];
    for (const file of read.collection.files) {
      const held = known.get(file.id);
      const parsed = held ? null : collectionFileRecordSchema.safeParse(stored.get(collectionFileKey(id, file.id)));
      const bytes = held ?? (parsed?.success ? parsed.data.bytes : null);
      if (bytes) files.push({ ...file, bytes });
      else missingFiles.push(file);
    }
    return { kind: "ok", collection: read.collection, files, missingFiles };
  }

  /** Changes the record in one transaction; refuses a record it cannot read or one from a newer version. */
  private async update(
    id: string,
    change: (collection: Collection) => { collection: Collection; put?: [string, unknown][]; del?: string[] },
  ): Promise<WriteRefusal> {
    return this.backend.transact([collectionKey(id)], ([raw]) => {
      if (raw === undefined) return { result: GONE };
      const read = readCollectionRecord(raw);
      if (read.kind !== "ok") return { result: reasonOf(read) };
      const next = change(read.collection);
      const collection = { ...next.collection, savedAt: this.now().toISOString() };
      return {
        put: [[collectionKey(id), collectionRecord(collection)], ...(next.put ?? [])],
        del: next.del,
        result: null,
      };
    });
  }

  setRoster(id: string, roster: readonly RosterUnit[]): Promise<WriteRefusal> {
    return this.update(id, (c) => ({ collection: { ...c, roster: [...roster] } }));
  }

  /** Stores the files exactly as received, in one transaction with the collection's list of them. */
  addFiles(id: string, incoming: readonly IncomingFile[]): Promise<WriteRefusal> {
    const receivedAt = this.now().toISOString();
    const files = incoming.map((f) => ({
      id: this.newId(),
      fileName: f.fileName,
      receivedAt,
      assignedUnit: null,
      bytes: f.bytes,
    }));
    return this.update(id, (c) => ({
      collection: { ...c, files: [...c.files, ...files.map(({ bytes: _bytes, ...file }) => file)] },
      put: files.map((f): [string, unknown] => [
        collectionFileKey(id, f.id),
        { type: COLLECTION_FILE_TYPE, version: COLLECTION_VERSION, id: f.id, bytes: f.bytes },
      ]),
    }));
  }

  /** Puts a file under a roster unit by hand (null: back to matching by name). */
  assign(id: string, fileId: string, unit: string | null): Promise<WriteRefusal> {
    return this.update(id, (c) => ({
      collection: { ...c, files: c.files.map((f) => (f.id === fileId ? { ...f, assignedUnit: unit } : f)) },
    }));
  }

  removeFile(id: string, fileId: string): Promise<WriteRefusal> {
    return this.update(id, (c) => ({
      collection: { ...c, files: c.files.filter((f) => f.id !== fileId) },
      del: [collectionFileKey(id, fileId)],
    }));
  }

  /**
   * The office's notes on each unit (review records at `review/collect-<id>-<unit>`, written through the drafts'
   * review store like a reviewer's), by record id.
   */
  async notes(id: string): Promise<Map<string, ReviewRecord>> {
    const entries = await this.backend.entries(reviewKey(notesPrefix(id)));
    return new Map(entries.map(([key, value]) => [idOf("review", key), readReviewRecord(value)]));
  }

  /** Every collection record as stored, with the stored bytes of its files (all of them for one it cannot read). */
  async *backupEntries(): AsyncGenerator<{ record: unknown; files: { id: string; bytes: Uint8Array }[] }> {
    for (const [key, record] of await this.backend.entries(PREFIX.collection)) {
      const id = idOf("collection", key);
      const read = readCollectionRecord(record);
      const listed = read.kind === "ok" ? new Set(read.collection.files.map((f) => f.id)) : null;
      // One collection's files at a time, so a backup holds at most one collection's bytes read at once.
      const files = (await this.backend.entries(collectionFilesPrefix(id))).flatMap(([fileKey, value]) => {
        const fileId = fileKey.slice(collectionFilesPrefix(id).length);
        const parsed = collectionFileRecordSchema.safeParse(value);
        return parsed.success && (listed === null || listed.has(fileId))
          ? [{ id: fileId, bytes: parsed.data.bytes }]
          : [];
      });
      yield { record, files };
    }
  }

  /**
   * Merges a collection from a backup, never replacing anything here: a new id is added as it was; for an id here,
   * the local name, year and roster are kept, a file here with the same bytes is kept once, a file whose bytes differ
   * from the backup's under the same id is kept beside it under `altId` (so restoring twice adds nothing more), and
   * a file listed here whose bytes were lost gets them back. Each batch of files is one transaction, so only one
   * batch's bytes need be decoded at a time.
   */
  async restore(
    incoming: Collection,
    batches: AsyncIterable<readonly BackupIncomingFile[]>,
  ): Promise<RestoredCollection> {
    const start = await this.backend.transact([collectionKey(incoming.id)], ([raw]): WriteSet<RestoreStart> => {
      if (raw === undefined) {
        const empty = collectionRecord({ ...incoming, files: [] });
        return { put: [[collectionKey(incoming.id), empty]], result: { created: true, refusal: null, roster: [] } };
      }
      const read = readCollectionRecord(raw);
      if (read.kind !== "ok") return { result: { created: false, refusal: reasonOf(read), roster: [] } };
      return { result: { created: false, refusal: null, roster: read.collection.roster } };
    });
    if (start.refusal) return { kind: "refused", reason: start.refusal };
    const outcome = {
      kind: start.created ? ("added" as const) : ("merged" as const),
      ...NO_FILES,
      rosterDiffers: !start.created && JSON.stringify(start.roster) !== JSON.stringify(incoming.roster),
    };
    for await (const batch of batches) {
      const written = await this.restoreBatch(incoming, batch, start.created);
      if (typeof written === "string") return { kind: "refused", reason: written };
      for (const key of Object.keys(NO_FILES) as (keyof FileCounts)[]) outcome[key] += written[key];
    }
    return outcome;
  }

  /** One batch of restored files in one transaction; the counts are taken only from the decision that committed. */
  private restoreBatch(
    incoming: Collection,
    batch: readonly BackupIncomingFile[],
    created: boolean,
  ): Promise<FileCounts | string> {
    const id = incoming.id;
    const keys = batch.flatMap((f) => [collectionFileKey(id, f.id), collectionFileKey(id, f.altId)]);
    return this.backend.transact([collectionKey(id), ...keys], ([raw, ...stored]): WriteSet<FileCounts | string> => {
      if (raw === undefined) return { result: GONE };
      const read = readCollectionRecord(raw);
      if (read.kind !== "ok") return { result: reasonOf(read) };
      const local = read.collection;
      const listed = new Set(local.files.map((f) => f.id));
      const counts = { ...NO_FILES };
      const added: CollectionFile[] = [];
      const put: [string, unknown][] = [];
      const bytesAt = (index: number) => collectionFileRecordSchema.safeParse(stored[index]).data?.bytes;
      for (const [i, file] of batch.entries()) {
        const { bytes, altId, ...listing } = file;
        const here = bytesAt(2 * i);
        const differs = here !== undefined && !sameBytes(here, bytes);
        const fileId = differs ? altId : file.id;
        const there = differs ? bytesAt(2 * i + 1) : here;
        // 64 bits of the bytes' hash name the kept-beside copy; a different file already under that name stays.
        if (there !== undefined && !sameBytes(there, bytes)) continue;
        if (there === undefined) {
          put.push([
            collectionFileKey(id, fileId),
            { type: COLLECTION_FILE_TYPE, version: COLLECTION_VERSION, id: fileId, bytes },
          ]);
        }
        if (listed.has(fileId)) {
          counts[there === undefined ? "refilled" : "same"]++;
          continue;
        }
        added.push({ ...listing, id: fileId });
        counts[differs ? "keptBoth" : "added"]++;
      }
      if (put.length === 0 && added.length === 0) return { result: counts };
      // A collection that came whole from the backup keeps its own time; one merged into was changed now.
      const savedAt = created ? incoming.savedAt : this.now().toISOString();
      const collection = { ...local, files: [...local.files, ...added], savedAt };
      return { put: [[collectionKey(id), collectionRecord(collection)], ...put], result: counts };
    });
  }

  async remove(id: string): Promise<void> {
    const fileKeys = await this.backend.keys(collectionFilesPrefix(id));
    const noteKeys = await this.backend.keys(reviewKey(notesPrefix(id)));
    await this.backend.transact([], () => ({ del: [collectionKey(id), ...fileKeys, ...noteKeys], result: null }));
  }
}

function reasonOf(read: Exclude<CollectionRead, { kind: "ok" }>): string {
  return read.kind === "newer" ? NEWER : `无法读取：${read.reason}。记录保持原样，未作改动。`;
}
