/** What review comments point at, and the verdicts a reviewer gives on findings (entries: entry.ts). */
import "../report/zodJitless";
import * as z from "zod/mini";
import type { Author } from "./entry";

/** What a comment is about: a section, a text field or table cell (by key path), or a finding (by fingerprint). */
export const commentTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("section"), section: z.string() }),
  z.strictObject({ kind: z.literal("field"), path: z.string() }),
  z.strictObject({ kind: z.literal("finding"), fingerprint: z.string(), checkId: z.string() }),
]);

export type CommentTarget = z.infer<typeof commentTargetSchema>;

/** A reviewer's standing verdict on a finding: it stands (已确认) or does not apply here (不适用), with a reason. */
export interface Disposition {
  /** The entry it was read from. */
  id: string;
  fingerprint: string;
  checkId: string;
  status: "confirmed" | "notApplicable";
  reason: string;
  author: Author;
  at: string;
}

export const DISPOSITION_LABEL: Record<Disposition["status"], string> = {
  confirmed: "已确认",
  notApplicable: "不适用",
};

/** A disposition holds while a finding with the same fingerprint still exists (its figures are unchanged). */
export function activeDispositions(
  dispositions: readonly Disposition[],
  fingerprints: ReadonlySet<string>,
): Disposition[] {
  return dispositions.filter((d) => fingerprints.has(d.fingerprint));
}
