/**
 * The collections (汇总) of a 区 office: the only code that reads and writes `c/` and `cf/` (keys.ts). Reads never
 * write: a record that cannot be read is listed with the reason and left as it is; one from a newer app version is named as
 * such and every write refuses it. Each change is one transaction over the collection record and its files.
 */
import { type Collection, type CollectionFile, notesPrefix, type ReceivedFile, type RosterUnit } from "../collect";
import type { Backend } from "./backend";
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

/** Why a write was refused, in Chinese; null when it was written. */
export type WriteRefusal = string | null;

const NEWER = "这个汇总由更新版本的本工具保存，本版本只能查看，不能修改。请使用最新版本打开。";
const GONE = "这个汇总已不存在（可能已在其他标签页删除）。请返回汇总列表。";

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

  async open(id: string): Promise<OpenedCollection> {
    const raw = await this.backend.get(collectionKey(id));
    if (raw === undefined) return { kind: "missing" };
    const read = readCollectionRecord(raw);
    if (read.kind !== "ok") return read;
    const stored = new Map(await this.backend.entries(collectionFilesPrefix(id)));
    const files: ReceivedFile[] = [];
    const missingFiles: CollectionFile[] = [];
    for (const file of read.collection.files) {
      const parsed = collectionFileRecordSchema.safeParse(stored.get(collectionFileKey(id, file.id)));
      if (parsed.success) files.push({ ...file, bytes: parsed.data.bytes });
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

  async remove(id: string): Promise<void> {
    const fileKeys = await this.backend.keys(collectionFilesPrefix(id));
    const noteKeys = await this.backend.keys(reviewKey(notesPrefix(id)));
    await this.backend.transact([], () => ({ del: [collectionKey(id), ...fileKeys, ...noteKeys], result: null }));
  }
}

function reasonOf(read: Exclude<CollectionRead, { kind: "ok" }>): string {
  return read.kind === "newer" ? NEWER : `无法读取：${read.reason}。记录保持原样，未作改动。`;
}
