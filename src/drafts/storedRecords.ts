/**
 * Schemas for the small records beside the drafts (summary, quarantine, review), read through one tolerant
 * reader: a record that does not parse never reaches a screen as it is. A bad summary is rebuilt from its draft,
 * a bad quarantine record is shown as unreadable with its raw text, a bad review record is set aside.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import { entrySchema } from "../review/entry";
import { reviewRecordV1Schema } from "./reviewMigration";

const countsSchema = z.object({
  error: z.number().check(z.int(), z.nonnegative()),
  warning: z.number().check(z.int(), z.nonnegative()),
  todo: z.number().check(z.int(), z.nonnegative()),
  info: z.number().check(z.int(), z.nonnegative()),
});

export const summarySchema = z.object({
  summaryVersion: z.number(),
  id: z.string().check(z.minLength(1)),
  name: z.nullable(z.string()),
  organ: z.string(),
  year: z.nullable(z.number()),
  revision: z.number(),
  createdAt: z.string(),
  savedAt: z.string(),
  deletedAt: z.nullable(z.string()),
  findings: countsSchema,
  newerVersion: z.nullable(z.number()),
  reviewCopy: z.boolean(),
});

export const quarantinedSchema = z.object({
  id: z.string(),
  reason: z.string(),
  raw: z.string(),
  quarantinedAt: z.string(),
});

/** A quarantine entry as a backup carries it (without the time it was set aside here). */
export const backupQuarantinedSchema = z.object({ id: z.string(), reason: z.string(), raw: z.string() });

export const shareSnapshotSchema = z.object({
  revision: z.number(),
  snapshotHash: z.string(),
  sharedAt: z.string(),
  report: z.unknown(),
});

export const reviewedSchema = z.object({ hash: z.string(), at: z.string(), by: z.optional(z.string()) });

/** Version 2 of the review record: the thread as signed entries (reviewRecord.ts). */
export const reviewRecordV2Schema = z.object({
  version: z.literal(2),
  entries: z.array(entrySchema),
  shares: z.array(shareSnapshotSchema),
  reviewed: z.array(reviewedSchema),
  owner: z.nullable(z.string()),
});

/** A stored (or backed-up) review record of any version this app reads. */
export const reviewRecordSchema = z.union([reviewRecordV2Schema, reviewRecordV1Schema]);

/** The first problem zod found, as a short Chinese reason with where it is. */
function problemOf(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "整体"}：${issue?.message ?? "格式不符"}`;
}

/** Reads `value` with `schema`, or says in Chinese why it cannot be read. Never throws. */
export function readRecord<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: problemOf(parsed.error) };
}
