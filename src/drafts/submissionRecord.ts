/**
 * The 定稿 versions of a draft, kept beside it (not in its envelope, whose revision the autosave checks):
 *   sub/<draftId>  { type: "nianbao-submissions", version: 1, submissions: [ …signed submissions, oldest first ] }
 * A submission is never changed or removed while the draft exists; a new 定稿 is appended as the next version.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import { type Submission, submissionSchema } from "../review/submission";

export const SUBMISSION_RECORD_TYPE = "nianbao-submissions";
export const SUBMISSION_RECORD_VERSION = 1;

export interface SubmissionRecord {
  type: typeof SUBMISSION_RECORD_TYPE;
  version: typeof SUBMISSION_RECORD_VERSION;
  submissions: Submission[];
}

const recordSchema = z.object({
  type: z.literal(SUBMISSION_RECORD_TYPE),
  version: z.literal(SUBMISSION_RECORD_VERSION),
  submissions: z.array(submissionSchema),
});

export type ReadSubmissions =
  | { kind: "ok"; submissions: Submission[]; intact: boolean }
  /** Written by a newer version of the app: shown as far as it reads, never rewritten. */
  | { kind: "newer"; version: number; submissions: Submission[] };

/** A stored record, tolerantly: whatever submissions in it are well formed, oldest first; never throws. */
export function readSubmissions(raw: unknown): ReadSubmissions {
  if (raw === undefined) return { kind: "ok", submissions: [], intact: true };
  const record = (raw ?? {}) as Record<string, unknown>;
  const items = Array.isArray(record.submissions) ? record.submissions : [];
  const submissions = items
    .flatMap((item) => {
      const parsed = submissionSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.version - b.version);
  if (typeof record.version === "number" && record.version > SUBMISSION_RECORD_VERSION) {
    return { kind: "newer", version: record.version, submissions };
  }
  return { kind: "ok", submissions, intact: recordSchema.safeParse(raw).success };
}

/** The number the next 定稿 of this draft gets. */
export const nextVersion = (submissions: readonly Submission[]) => (submissions.at(-1)?.version ?? 0) + 1;
