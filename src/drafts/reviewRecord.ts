/**
 * Review data kept beside a draft, never inside its envelope: the editor's autosave checks the envelope
 * revision on every write, so a comment arriving from a hand-back must not bump it.
 *   review/<draftId>  the thread's signed entries (review/entry.ts), the snapshots of the last shares
 *                     (for 自审阅版本以来的修改), which snapshots were reviewed, and the draft owner's key
 * Every part merges as a set, so a hand-back or share opened twice, or several in any order, end the same.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import type { Report } from "../report";
import { type Entry, entrySchema, mergeEntries } from "../review/entry";
import {
  legacyCommentEntries,
  legacyCommentSchema,
  legacyDispositionEntry,
  legacyDispositionSchema,
  reviewRecordV1Schema,
} from "./reviewMigration";
import { reviewedSchema, reviewRecordV2Schema, shareSnapshotSchema } from "./storedRecords";

/** Enough to diff against any share a reviewer is likely to hand back; those a hand-back or verdict names stay. */
export const SHARE_HISTORY_LIMIT = 10;
export const REVIEW_RECORD_VERSION = 2;

export interface ShareSnapshot {
  revision: number;
  snapshotHash: string;
  sharedAt: string;
  report: Report;
}

/** A hand-back (sent or received) was about the snapshot with this hash. */
export interface Reviewed {
  hash: string;
  at: string;
  /** Who handed it back (the reviewer's name); absent in records from before it was kept. */
  by?: string;
}

export interface ReviewRecord {
  version: typeof REVIEW_RECORD_VERSION;
  entries: Entry[];
  shares: ShareSnapshot[];
  reviewed: Reviewed[];
  /** On a reviewer's copy: the key that signed the share (the clerk's), whose resolutions count. */
  owner: string | null;
}

export const emptyReviewRecord = (): ReviewRecord => ({
  version: REVIEW_RECORD_VERSION,
  entries: [],
  shares: [],
  reviewed: [],
  owner: null,
});

export interface ReviewUpdate {
  entries?: readonly Entry[];
  shares?: readonly ShareSnapshot[];
  reviewed?: readonly Reviewed[];
  owner?: string;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) => [
  ...new Map(
    [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((i) => [key(i), i]),
  ).values(),
];

/**
 * Applies an update: every part merged as a set. Shares by hash: the newest 10, and every one a hand-back or a
 * verdict refers to (the versions list compares with them). Idempotent and order-free.
 */
export function applyReviewUpdate(record: ReviewRecord, update: ReviewUpdate): ReviewRecord {
  const entries = update.entries ? mergeEntries(record.entries, update.entries) : record.entries;
  const reviewed = byKey([...record.reviewed, ...(update.reviewed ?? [])], (r) => `${r.at}\u0000${r.hash}`);
  // The snapshots a hand-back or a verdict refers to stay whatever their age.
  const referenced = new Set(reviewed.map((r) => r.hash));
  for (const e of entries) if (e.body.kind === "verdict") referenced.add(e.body.snapshotHash);
  const all = byKey([...record.shares, ...(update.shares ?? [])], (s) => s.snapshotHash).sort((a, b) =>
    a.sharedAt < b.sharedAt ? -1 : a.sharedAt > b.sharedAt ? 1 : 0,
  );
  const shares = all.filter((s, i) => i >= all.length - SHARE_HISTORY_LIMIT || referenced.has(s.snapshotHash));
  return {
    version: REVIEW_RECORD_VERSION,
    entries,
    shares,
    reviewed,
    // The first owner stays: a share signed by another key never takes over a reviewer's copy (receive.ts).
    owner: record.owner ?? update.owner ?? null,
  };
}

/** The snapshot the latest hand-back was about: what 自审阅版本以来的修改 compares with. */
export function reviewedHash(record: ReviewRecord): string | null {
  return record.reviewed.at(-1)?.hash ?? null;
}

/** Whether a stored review record is current and reads as it is (nothing of it would be dropped or migrated). */
export function isIntactReviewRecord(raw: unknown): boolean {
  return raw === undefined || reviewRecordV2Schema.safeParse(raw).success;
}

/** Whether a stored record is a whole version-1 record (its raw form is kept when it is first rewritten). */
export const isVersion1 = (raw: unknown) => reviewRecordV1Schema.safeParse(raw).success;

/** The well-formed items of a stored list. */
function itemsOf<T>(value: unknown, schema: z.ZodMiniType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A stored review record of any version, tolerantly: whatever of it is well formed, item by item; never throws.
 * Version 1's comments, replies and dispositions become legacy entries (reviewMigration.ts).
 */
export function readReviewRecord(raw: unknown): ReviewRecord {
  if (raw === null || typeof raw !== "object") return emptyReviewRecord();
  const record = raw as Record<string, unknown>;
  // A snapshot's report is checked when it is shown (diffReports reads it by path), not here.
  const shares = itemsOf(record.shares, shareSnapshotSchema) as ShareSnapshot[];
  if (record.version === REVIEW_RECORD_VERSION) {
    return applyReviewUpdate(emptyReviewRecord(), {
      entries: itemsOf(record.entries, entrySchema),
      shares,
      reviewed: itemsOf(record.reviewed, reviewedSchema),
      owner: typeof record.owner === "string" ? record.owner : undefined,
    });
  }
  const gone = new Set(itemsOf(record.deleted, z.string()).map((id) => `legacy-${id}`));
  const hash = typeof record.reviewedHash === "string" ? record.reviewedHash : null;
  return applyReviewUpdate(emptyReviewRecord(), {
    entries: [
      ...itemsOf(record.comments, legacyCommentSchema)
        .filter((c) => !gone.has(`legacy-${c.id}`))
        .flatMap(legacyCommentEntries),
      ...itemsOf(record.dispositions, legacyDispositionSchema).map(legacyDispositionEntry),
    ],
    shares,
    reviewed: hash ? [{ hash, at: shares.find((s) => s.snapshotHash === hash)?.sharedAt ?? "" }] : [],
  });
}

/** Every draft's review record, for 备份全部草稿. */
export type ReviewRecords = Record<string, ReviewRecord>;
