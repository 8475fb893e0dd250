/**
 * 定稿: the clerk freezes one version of the report for the 区 office. A submission binds the report's canonical
 * hash (the one a review's snapshot carries), the time, the body's name and this browser's key, and the clerk's
 * reason for every error or to-do still open, all under one signature. The submission file carries the report
 * itself, so the office can check it is exactly what was finalised.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import type { Finding } from "../checks";
import { draftReportSchema, type Report } from "../report";
import { canonicalJson, snapshotHash } from "./canonical";
import { authorSchema } from "./entry";
import { type Identity, signText, verifyText } from "./identity";

export const SUBMISSION_FORMAT = "xxgk-annual-report-submission";
export const SUBMISSION_FORMAT_VERSION = 1;

/** The clerk's explanation of one finding left open at 定稿, kept as the finding was worded then. */
export const submissionReasonSchema = z.strictObject({
  fingerprint: z.string(),
  checkId: z.string(),
  message: z.string().check(z.maxLength(5_000)),
  reason: z.string().check(z.minLength(1), z.maxLength(5_000)),
});

export const submissionSchema = z.strictObject({
  /** 1 for the first 定稿 of a draft, then 2, 3…: a new 定稿 never replaces an earlier one. */
  version: z.number().check(z.int(), z.positive()),
  submittedAt: z.iso.datetime(),
  snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  report: draftReportSchema,
  reasons: z.array(submissionReasonSchema),
  /** The body's name (机关全称, else 填报单位) and this browser's public key. */
  signer: authorSchema,
  /** ECDSA P-256 / SHA-256 over `signedSubmissionText`. */
  signature: z.string(),
});

export type SubmissionReason = z.infer<typeof submissionReasonSchema>;
export type Submission = z.infer<typeof submissionSchema>;

/** The findings that need a reason before 定稿: every error and every required part not yet filled in. */
export function needsReason<F extends Finding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === "error" || f.todo);
}

const keyOf = (f: Finding) => f.fingerprint ?? `${f.id}:${f.cells.join(",")}`;

/** What the signature covers: everything but the report itself, which is bound by its hash. */
export function signedSubmissionText(submission: Omit<Submission, "signature" | "report">): string {
  const { version, submittedAt, snapshotHash: hash, reasons, signer } = submission;
  return canonicalJson({ format: SUBMISSION_FORMAT, version, submittedAt, snapshotHash: hash, reasons, signer });
}

export type SubmitResult = { ok: true; submission: Submission } | { ok: false; missing: Finding[]; message: string };

/**
 * A new signed submission, or the findings still lacking a reason (a reason of only spaces is none).
 * `reasons` are by finding key (fingerprint); reasons for findings no longer open are not kept.
 */
export async function makeSubmission(input: {
  report: Report;
  findings: readonly Finding[];
  reasons: ReadonlyMap<string, string>;
  identity: Identity;
  name: string;
  version: number;
  now: Date;
}): Promise<SubmitResult> {
  const open = needsReason(input.findings);
  const missing = open.filter((f) => !input.reasons.get(keyOf(f))?.trim());
  if (missing.length > 0) {
    return {
      ok: false,
      missing,
      message: `还有 ${missing.length} 处错误或待填没有说明理由。请改正它们，或在每一项下写明为什么这样上报，再点“确认定稿”。`,
    };
  }
  const reasons = open.map((f) => ({
    fingerprint: keyOf(f),
    checkId: f.id,
    message: f.message,
    reason: (input.reasons.get(keyOf(f)) ?? "").trim(),
  }));
  const unsigned = {
    version: input.version,
    submittedAt: input.now.toISOString(),
    snapshotHash: await snapshotHash(input.report),
    reasons,
    signer: { name: input.name, key: input.identity.key },
  };
  const signature = await signText(input.identity, signedSubmissionText(unsigned));
  return { ok: true, submission: { ...unsigned, report: input.report, signature } };
}

/** The key a finding's reason is stored under (its fingerprint). */
export const reasonKey = keyOf;

/** Whether the report differs from what was finalised: by the same canonical hash. */
export async function changedSince(submission: Submission, report: Report): Promise<boolean> {
  return (await snapshotHash(report)) !== submission.snapshotHash;
}

/**
 * The file 导出定稿文件 writes. `draftId` (beside the submission, not signed: it proves nothing, it only lets a
 * hand-back from the 汇总 find the draft, whose body and year are checked too) is absent from files before #19.
 */
export function submissionFileText(submission: Submission, draftId?: string): string {
  const file = { format: SUBMISSION_FORMAT, formatVersion: SUBMISSION_FORMAT_VERSION, ...(draftId ? { draftId } : {}) };
  return `${JSON.stringify({ ...file, ...submission }, null, 2)}\n`;
}

/** Whether text looks like a submission file (checked in full by `openSubmission`). */
export function isSubmissionText(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 200).includes(`"format": "${SUBMISSION_FORMAT}"`);
}

export type OpenedSubmission =
  | { kind: "verified"; submission: Submission; draftId: string | null }
  /** Well formed, but the report is not what was hashed or the signature does not hold: 哈希不符. */
  | { kind: "mismatch"; submission: Submission; draftId: string | null; message: string }
  | { kind: "refused"; message: string };

export const TAMPERED =
  "定稿文件的内容与定稿时记录的校验值或签名不符：文件在定稿后被改动过，不能作为该单位的定稿。请联系该单位，请对方在年报编制中重新“导出定稿文件”后发来。";

/** Reads a submission file: ours, not newer, well formed; then whether the report and the signature hold. */
export async function openSubmission(text: string): Promise<OpenedSubmission> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch {
    return { kind: "refused", message: "定稿文件已损坏（不是完整的 JSON），无法读取。请对方重新导出定稿文件后发来。" };
  }
  const file = (json ?? {}) as Record<string, unknown>;
  if (file.format !== SUBMISSION_FORMAT) {
    return { kind: "refused", message: "这不是年报编制工具导出的定稿文件。请确认文件来源。" };
  }
  if (typeof file.formatVersion !== "number" || file.formatVersion > SUBMISSION_FORMAT_VERSION) {
    return {
      kind: "refused",
      message: "定稿文件由更新版本的年报编制工具导出，当前版本无法读取。请刷新页面或更新工具后再打开。",
    };
  }
  const { format: _format, formatVersion: _version, draftId: id, ...rest } = file;
  const draftId = typeof id === "string" && id.length > 0 && id.length <= 200 ? id : null;
  const parsed = submissionSchema.safeParse(rest);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join(".") || "整体";
    return {
      kind: "refused",
      message: `定稿文件的格式不正确（${path}），可能被手工改过。请对方重新导出定稿文件后发来。`,
    };
  }
  const submission = parsed.data;
  const holds =
    (await snapshotHash(submission.report)) === submission.snapshotHash &&
    (await verifyText(submission.signer.key, signedSubmissionText(submission), submission.signature));
  return holds
    ? { kind: "verified", submission, draftId }
    : { kind: "mismatch", submission, draftId, message: TAMPERED };
}
