/**
 * A unit's 定稿 file (docs/review.md, 定稿): read before `evaluate`, since checking its signature is asynchronous.
 * Its report is counted like any other; the status table says whether the hash and signature hold.
 */
import type { ImportResult } from "../formats";
import { fingerprint } from "../review/identity";
import { isSubmissionText, type OpenedSubmission, openSubmission } from "../review/submission";

/** What the status table shows of a submission file. */
export interface Submitted {
  submittedAt: string;
  version: number;
  /** 哈希已核验 when true; 哈希不符 (the report or its reasons changed after 定稿) when false. */
  verified: boolean;
  /** Why it does not hold, with what to do; null when verified. */
  problem: string | null;
  /** The body's name with its key's fingerprint, as signed. */
  signer: string;
  /** The clerk's reason for each error or to-do left open at 定稿. */
  reasons: { message: string; reason: string }[];
}

export type PreReadResult = ImportResult & { submitted?: Submitted };

/** Whether these bytes are a submission file (JSON naming the submission format near its start). */
export function isSubmissionBytes(bytes: Uint8Array): boolean {
  return isSubmissionText(new TextDecoder().decode(bytes.slice(0, 400)).replace(/^\ufeff/, ""));
}

export function submittedResult(opened: OpenedSubmission): PreReadResult {
  if (opened.kind === "refused") return { ok: false, message: opened.message, findings: [] };
  const { submission } = opened;
  const verified = opened.kind === "verified";
  return {
    ok: true,
    report: submission.report,
    context: { absentTables: [] },
    read: [`定稿文件（第 ${submission.version} 版，${submission.signer.name}）：全部内容。`],
    notRead: [],
    ...(opened.draftId ? { draftId: opened.draftId } : {}),
    submitted: {
      submittedAt: submission.submittedAt,
      version: submission.version,
      verified,
      problem: verified ? null : opened.message,
      signer: `${submission.signer.name}（${fingerprint(submission.signer.key)}）`,
      reasons: submission.reasons.map(({ message, reason }) => ({ message, reason })),
    },
  };
}

export async function readSubmitted(bytes: Uint8Array): Promise<PreReadResult> {
  return submittedResult(await openSubmission(new TextDecoder().decode(bytes)));
}
