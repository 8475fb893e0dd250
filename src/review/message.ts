/**
 * What travels between clerk and reviewer, as a link fragment or a file: a shared draft (分享) with the thread so
 * far, or the reviewer's thread handed back (退回意见). A checksum over the body tells a damaged payload; the
 * sender's signature over it, and each entry's own signature, tell an altered or forged one.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import { draftReportSchema, type Report } from "../report";
import { canonicalJson, snapshotHash } from "./canonical";
import { type Entry, entrySchema } from "./entry";
import { entryHolds, type Identity, signText, verifyText } from "./identity";

export const REVIEW_FORMAT = "xxgk-annual-report-review";
/** 2: signed entries and a signed body (1 carried unsigned comments with free-text names). */
export const REVIEW_FORMAT_VERSION = 2;

const hashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

const shareSchema = z.strictObject({
  kind: z.literal("share"),
  draftId: z.string().check(z.minLength(1), z.maxLength(200)),
  revision: z.number().check(z.int(), z.nonnegative()),
  /** Hash of `report`: the reviewed snapshot's identity. */
  snapshotHash: hashSchema,
  sharedAt: z.iso.datetime(),
  /** The draft as it is, text typed in a number cell included (the reviewer sees what the clerk sees). */
  report: draftReportSchema,
  /** The thread as the clerk has it: her replies and resolutions travel to the reviewer. */
  entries: z.array(entrySchema),
});

const handBackSchema = z.strictObject({
  kind: z.literal("handback"),
  draftId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The snapshot the reviewer read. */
  reviewedHash: hashSchema,
  reviewedRevision: z.number().check(z.int(), z.nonnegative()),
  reviewer: z.string(),
  handedBackAt: z.iso.datetime(),
  entries: z.array(entrySchema),
});

/**
 * 退回 from the 汇总 (docs/collect.md): the office's notes on the file a unit sent, which may not name the clerk's
 * draft (Word, PDF, Markdown, files before #19); the body's name and year find it then (returned.ts).
 */
const returnSchema = z.strictObject({
  kind: z.literal("return"),
  /** The draft the file was exported from, when it said so; null otherwise. */
  draftId: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The report's body and year, as the office read them. */
  organ: z.string().check(z.maxLength(200)),
  year: z.nullable(z.number().check(z.int())),
  /** The file the office received, named to the clerk. */
  fileName: z.string().check(z.maxLength(500)),
  /** The hash of the report as read from that file. */
  reviewedHash: hashSchema,
  /**
   * The report as read, when the file was not a 定稿 file: the clerk's browser keeps no copy of what it exported, and
   * with this one (its hash checked) lists what changed since. Absent for a 定稿 file, whose version she holds.
   */
  report: z.optional(draftReportSchema),
  reviewer: z.string().check(z.maxLength(200)),
  handedBackAt: z.iso.datetime(),
  entries: z.array(entrySchema),
});

const bodySchema = z.discriminatedUnion("kind", [shareSchema, handBackSchema, returnSchema]);
export type ShareBody = z.infer<typeof shareSchema>;
export type HandBackBody = z.infer<typeof handBackSchema>;
export type ReturnBody = z.infer<typeof returnSchema>;
export type ReviewBody = z.infer<typeof bodySchema>;

const messageSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  formatVersion: z.number().check(z.int(), z.positive()),
  checksum: z.string(),
  body: z.unknown(),
});

const signedSchema = z.object({ signer: z.string(), signature: z.string() });

export interface ReviewMessage {
  format: typeof REVIEW_FORMAT;
  formatVersion: number;
  checksum: string;
  /** The sender's public key, and their signature over the canonical body. */
  signer: string;
  signature: string;
  body: ReviewBody;
}

export async function sealMessage(body: ReviewBody, identity: Identity): Promise<ReviewMessage> {
  return {
    format: REVIEW_FORMAT,
    formatVersion: REVIEW_FORMAT_VERSION,
    checksum: await snapshotHash(body),
    signer: identity.key,
    signature: await signText(identity, canonicalJson(body)),
    body,
  };
}

/** Only signed entries travel: a comment kept from before signing stays in this browser. */
export const travelling = (entries: readonly Entry[]) => entries.filter((e) => e.sig !== null);

export async function shareBody(
  draftId: string,
  revision: number,
  report: Report,
  entries: readonly Entry[],
  now: Date,
): Promise<ShareBody> {
  return {
    kind: "share",
    draftId,
    revision,
    snapshotHash: await snapshotHash(report),
    sharedAt: now.toISOString(),
    report,
    entries: travelling(entries),
  };
}

export type OpenResult = { ok: true; body: ReviewBody; signer: string } | { ok: false; message: string };

export const FORGED =
  "文件或链接中的签名与内容不符：它在发出后被人改动过，或不是对方用年报编制工具生成的。为安全起见没有打开，本机的草稿和意见没有任何改动。请与对方核实，并请对方重新退回意见（或重新分享）后再打开。";

/** Checks a message read from a link or file: ours, not older or newer, intact, signed as it says, well-formed. */
export async function openMessage(json: unknown): Promise<OpenResult> {
  const message = messageSchema.safeParse(json);
  if (!message.success) {
    return { ok: false, message: "内容不是年报编制工具的分享或退回意见，无法打开。请确认文件或链接来源。" };
  }
  const { formatVersion, checksum, body: raw } = message.data;
  if (formatVersion > REVIEW_FORMAT_VERSION) {
    return { ok: false, message: "内容由更新版本的年报编制工具生成，当前版本无法读取。请刷新页面或更新工具后再打开。" };
  }
  if (formatVersion < REVIEW_FORMAT_VERSION) {
    return {
      ok: false,
      message:
        "内容由旧版本的年报编制工具生成（意见没有签名），无法确认作者，未打开。请对方刷新页面、更新到最新版本后重新分享或退回意见。",
    };
  }
  if ((await snapshotHash(raw)) !== checksum) {
    return { ok: false, message: "内容与生成时不一致，可能已被改动或损坏，为安全起见不予打开。请让对方重新分享。" };
  }
  const body = bodySchema.safeParse(raw);
  if (!body.success) {
    const path = body.error.issues[0]?.path.join(".") ?? "";
    return { ok: false, message: `内容格式不正确（${path || "整体"}），无法打开。请让对方用最新版本重新分享。` };
  }
  const signed = signedSchema.safeParse(json);
  if (!signed.success || !(await verifyText(signed.data.signer, canonicalJson(raw), signed.data.signature))) {
    return { ok: false, message: FORGED };
  }
  for (const entry of body.data.entries) if (!(await entryHolds(entry))) return { ok: false, message: FORGED };
  if (body.data.kind === "share" && (await snapshotHash(body.data.report)) !== body.data.snapshotHash) {
    return { ok: false, message: "报告内容与分享时记录的校验值不一致，可能已被改动，不予打开。请让对方重新分享。" };
  }
  return { ok: true, body: body.data, signer: signed.data.signer };
}

/** The text of a share or hand-back file. */
export function messageFileText(message: ReviewMessage): string {
  return `${JSON.stringify(message, null, 2)}\n`;
}
