/**
 * The small index the draft list reads: one summary per draft, written in the same transaction as the
 * draft, so the list never has to read 1,000 report bodies. It is derived data and rebuilt when missing.
 */
import { type CheckContext, kindOf, runChecks } from "../checks";
import type { Report } from "../report";
import { type DraftEnvelope, envelopeCheckContext } from "./envelope";
import { summarySchema } from "./storedRecords";

/** Bump when the summary's shape changes: older summaries are then rebuilt from their drafts. */
export const SUMMARY_VERSION = 4;

export interface FindingCounts {
  error: number;
  warning: number;
  todo: number;
  info: number;
}

export interface DraftSummary {
  summaryVersion: typeof SUMMARY_VERSION;
  id: string;
  /** The clerk's own name for the draft, or null (named by body and year; since summary version 4). */
  name: string | null;
  organ: string;
  year: number | null;
  revision: number;
  createdAt: string;
  savedAt: string;
  deletedAt: string | null;
  findings: FindingCounts;
  /** Set when the record was written by a newer app version (the draft opens read-only). */
  newerVersion: number | null;
  /** A reviewer's read-only copy of someone else's shared draft (since summary version 2). */
  reviewCopy: boolean;
}

export function countFindings(report: Report, context: CheckContext): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, todo: 0, info: 0 };
  for (const finding of runChecks(report, context)) counts[kindOf(finding)]++;
  return counts;
}

export function summarize(envelope: DraftEnvelope, context?: CheckContext): DraftSummary {
  const lastYear = context?.lastYear ?? envelope.baseline?.report;
  return {
    summaryVersion: SUMMARY_VERSION,
    id: envelope.id,
    name: envelope.name,
    organ: envelope.report.meta.organ,
    year: envelope.report.meta.year,
    revision: envelope.revision,
    createdAt: envelope.createdAt,
    savedAt: envelope.savedAt,
    deletedAt: envelope.deletedAt,
    findings: countFindings(envelope.report, { ...envelopeCheckContext(envelope), ...context, lastYear }),
    newerVersion: null,
    reviewCopy: envelope.reviewOf !== null,
  };
}

/** A summary of this version, well formed in every field; anything else is rebuilt from its draft. */
export function isSummary(value: unknown): value is DraftSummary {
  const parsed = summarySchema.safeParse(value);
  return parsed.success && parsed.data.summaryVersion === SUMMARY_VERSION;
}

export interface DraftFilter {
  year: number | null;
  organ: string;
}

/** The drafts the list shows (trash excluded), newest save first. */
export function filterDrafts(summaries: readonly DraftSummary[], filter: DraftFilter): DraftSummary[] {
  return summaries
    .filter((s) => !s.deletedAt)
    .filter((s) => filter.year === null || s.year === filter.year)
    .filter((s) => !filter.organ || s.organ === filter.organ)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Trash older than this is removed for good when the list is next opened. */
export const TRASH_DAYS = 30;

export function isExpired(summary: DraftSummary, now: Date): boolean {
  if (!summary.deletedAt) return false;
  return now.getTime() - Date.parse(summary.deletedAt) > TRASH_DAYS * 24 * 3600 * 1000;
}

/**
 * Last year's draft of the same body: the one this draft was rolled forward from when it still exists,
 * else the most recently saved draft of that body and year − 1.
 */
export function findLastYear(
  summaries: readonly DraftSummary[],
  organ: string,
  year: number | null,
  sourceId?: string,
): DraftSummary | undefined {
  if (!organ || year === null) return undefined;
  const candidates = summaries.filter(
    // A review copy is someone else's report: never this body's own last year.
    (s) => !s.deletedAt && !s.newerVersion && !s.reviewCopy && s.organ === organ && s.year === year - 1,
  );
  return (
    candidates.find((s) => s.id === sourceId) ?? [...candidates].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0]
  );
}
