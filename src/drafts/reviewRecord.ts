/**
 * Review data kept beside a draft, never inside its envelope: the editor's autosave checks the envelope
 * revision on every write, so a comment arriving from a hand-back must not bump it.
 *   review/<draftId>  comments, dispositions, and the snapshots of the last shares (for 自审阅版本以来的修改)
 */
import type { Report } from "../report";
import { type Comment, commentSchema, type Disposition, dispositionSchema, mergeComments } from "../review/model";
import { reviewRecordSchema, shareSnapshotSchema } from "./storedRecords";

/** Enough to diff against any share a reviewer is likely to hand back. */
export const SHARE_HISTORY_LIMIT = 10;

export interface ShareSnapshot {
  revision: number;
  snapshotHash: string;
  sharedAt: string;
  report: Report;
}

export interface ReviewRecord {
  comments: Comment[];
  dispositions: Disposition[];
  shares: ShareSnapshot[];
  /** The snapshot the last hand-back was about, so the clerk sees what changed since. */
  reviewedHash: string | null;
  /** Ids of comments their author deleted: a later hand-back that still carries one does not bring it back. */
  deleted: string[];
}

export const emptyReviewRecord = (): ReviewRecord => ({
  comments: [],
  dispositions: [],
  shares: [],
  reviewedHash: null,
  deleted: [],
});

export interface ReviewUpdate {
  comments?: readonly Comment[];
  dispositions?: readonly Disposition[];
  shares?: readonly ShareSnapshot[];
  reviewedHash?: string | null;
  /** Comments to delete (by id), for good. */
  deleteComments?: readonly string[];
}

/** Dispositions by fingerprint: the later verdict on the same finding wins. */
function mergeDispositions(mine: readonly Disposition[], incoming: readonly Disposition[]): Disposition[] {
  const byFingerprint = new Map(mine.map((d) => [d.fingerprint, d]));
  for (const d of incoming) {
    const known = byFingerprint.get(d.fingerprint);
    if (!known || known.at <= d.at) byFingerprint.set(d.fingerprint, d);
  }
  return [...byFingerprint.values()];
}

/** Applies an update: comments merged by id, shares appended (same hash replaced) and bounded. Idempotent. */
export function applyReviewUpdate(record: ReviewRecord, update: ReviewUpdate): ReviewRecord {
  let shares = record.shares;
  for (const share of update.shares ?? []) {
    shares = [...shares.filter((s) => s.snapshotHash !== share.snapshotHash), share].slice(-SHARE_HISTORY_LIMIT);
  }
  const deleted = [...new Set([...record.deleted, ...(update.deleteComments ?? [])])];
  const gone = new Set(deleted);
  const comments = update.comments ? mergeComments(record.comments, update.comments) : record.comments;
  return {
    comments: gone.size ? comments.filter((c) => !gone.has(c.id)) : comments,
    dispositions: update.dispositions
      ? mergeDispositions(record.dispositions, update.dispositions)
      : record.dispositions,
    shares,
    reviewedHash: update.reviewedHash ?? record.reviewedHash,
    deleted,
  };
}

/** Whether a stored review record reads as it is (nothing of it would be dropped by `readReviewRecord`). */
export function isIntactReviewRecord(raw: unknown): boolean {
  return raw === undefined || reviewRecordSchema.safeParse(raw).success;
}

const itemsOf = <T>(value: unknown, ok: (item: unknown) => item is T): T[] =>
  Array.isArray(value) ? value.filter(ok) : [];
const isComment = (item: unknown): item is Comment => commentSchema.safeParse(item).success;
const isDisposition = (item: unknown): item is Disposition => dispositionSchema.safeParse(item).success;
const isShare = (item: unknown): item is ShareSnapshot => shareSnapshotSchema.safeParse(item).success;

/** A stored review record, tolerantly: whatever of it is well formed, item by item; never throws. */
export function readReviewRecord(raw: unknown): ReviewRecord {
  if (raw === null || typeof raw !== "object") return emptyReviewRecord();
  const record = raw as Record<string, unknown>;
  return {
    comments: itemsOf(record.comments, isComment),
    dispositions: itemsOf(record.dispositions, isDisposition),
    shares: itemsOf(record.shares, isShare),
    reviewedHash: typeof record.reviewedHash === "string" ? record.reviewedHash : null,
    deleted: itemsOf(record.deleted, (id): id is string => typeof id === "string"),
  };
}

/** Every draft's review record, for 备份全部草稿. */
export type ReviewRecords = Record<string, ReviewRecord>;
