/**
 * The 定稿 versions of a draft, kept beside it (not in its envelope, whose revision the autosave checks):
 *   sub/<draftId>  { type: "nianbao-submissions", version: 1, submissions: [ …signed submissions, oldest first ] }
 * A submission is never changed or removed while the draft exists; a new 定稿 is appended as the next version.
 * A backup restored adds the versions missing here; one that differs from this record's under the same number is
 * kept beside it (two 第 N 版, in the order here first), since renumbering would break its signature.
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

export const submissionRecordOf = (submissions: Submission[]): SubmissionRecord => ({
  type: SUBMISSION_RECORD_TYPE,
  version: SUBMISSION_RECORD_VERSION,
  submissions,
});

export interface MergedSubmissions {
  /** The record to store; null when nothing is added (or nothing may be written). */
  write: SubmissionRecord | null;
  /** Whether the record here was well formed (if not, its raw form is set aside before it is rewritten). */
  intact: boolean;
  added: number;
  /** Already here (same number, same signature). */
  same: number;
  /** A different 定稿 here under the same number: both kept. */
  keptBoth: number;
  /** Why nothing was merged, in Chinese. */
  refusal: string | null;
}

/** Versions from a backup (each already verified) merged into a stored record: added, never replacing one. */
export function mergeSubmissions(raw: unknown, incoming: readonly Submission[]): MergedSubmissions {
  const stored = readSubmissions(raw);
  const merged: MergedSubmissions = { write: null, intact: true, added: 0, same: 0, keptBoth: 0, refusal: null };
  if (stored.kind === "newer") {
    merged.refusal = "本机的定稿记录由更新版本的年报编制保存，备份中的定稿版本没有合并进去。请用最新版本恢复这份备份。";
    return merged;
  }
  merged.intact = stored.intact;
  const submissions = [...stored.submissions];
  for (const submission of incoming) {
    const sameNumber = submissions.filter((s) => s.version === submission.version);
    if (sameNumber.some((s) => s.signature === submission.signature)) merged.same++;
    else {
      if (sameNumber.length > 0) merged.keptBoth++;
      else merged.added++;
      submissions.push(submission);
    }
  }
  if (merged.added + merged.keptBoth === 0) return merged;
  // A stable sort: of two versions with one number, the one here stays first.
  merged.write = submissionRecordOf(submissions.sort((a, b) => a.version - b.version));
  return merged;
}
