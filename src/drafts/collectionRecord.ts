/**
 * How a collection (汇总) is stored, versioned like the draft envelope:
 *   c/<id>                 { type: "nianbao-collection", version, id, name, year, createdAt, savedAt, roster, files }
 *   cf/<id>/<fileId>       { type: "nianbao-collection-file", version, id, bytes } — exactly the bytes received
 * The reports are never stored read: they are read from the bytes each time, so a better import reads old files better.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import type { Collection } from "../collect";
import { ORGAN_TYPES } from "../template";
import { readRecord } from "./storedRecords";

export const COLLECTION_TYPE = "nianbao-collection";
export const COLLECTION_FILE_TYPE = "nianbao-collection-file";
export const COLLECTION_VERSION = 1;

const rosterUnitSchema = z.object({ name: z.string(), organType: z.union([z.enum(ORGAN_TYPES), z.literal("")]) });
const fileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  fileName: z.string(),
  receivedAt: z.string(),
  assignedUnit: z.nullable(z.string()),
});

export const collectionRecordSchema = z.object({
  type: z.literal(COLLECTION_TYPE),
  version: z.literal(COLLECTION_VERSION),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  year: z.nullable(z.number()),
  createdAt: z.string(),
  savedAt: z.string(),
  roster: z.array(rosterUnitSchema),
  files: z.array(fileSchema),
});

export const collectionFileRecordSchema = z.object({
  type: z.literal(COLLECTION_FILE_TYPE),
  version: z.literal(COLLECTION_VERSION),
  id: z.string(),
  bytes: z.instanceof(Uint8Array),
});

export type CollectionRead =
  | { kind: "ok"; collection: Collection }
  /** Written by a newer version of the app: shown, never rewritten. */
  | { kind: "newer"; version: number }
  | { kind: "unreadable"; reason: string };

/** A stored collection record, or why it cannot be read (in Chinese). Never throws, never writes. */
export function readCollectionRecord(raw: unknown): CollectionRead {
  const head = (raw ?? {}) as { type?: unknown; version?: unknown };
  if (head.type !== COLLECTION_TYPE) return { kind: "unreadable", reason: "不是本工具保存的汇总记录" };
  if (typeof head.version === "number" && head.version > COLLECTION_VERSION) {
    return { kind: "newer", version: head.version };
  }
  const read = readRecord(collectionRecordSchema, raw);
  if (!read.ok) return { kind: "unreadable", reason: `汇总记录格式有误（${read.reason}）` };
  const { type: _type, version: _version, ...collection } = read.value;
  return { kind: "ok", collection };
}

export function collectionRecord(collection: Collection): z.infer<typeof collectionRecordSchema> {
  return { type: COLLECTION_TYPE, version: COLLECTION_VERSION, ...collection };
}
