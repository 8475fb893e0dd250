/**
 * What travels between clerk and reviewer, as a link fragment or a file: a shared draft (分享) or the reviewer's
 * comments on it (退回意见). A checksum over the body tells an edited payload from a damaged one.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import { draftReportSchema, type Report } from "../report";
import { snapshotHash } from "./canonical";
import { commentSchema, dispositionSchema } from "./model";

export const REVIEW_FORMAT = "xxgk-annual-report-review";
export const REVIEW_FORMAT_VERSION = 1;

const shareSchema = z.strictObject({
  kind: z.literal("share"),
  draftId: z.string().check(z.minLength(1)),
  revision: z.number().check(z.int(), z.nonnegative()),
  /** Hash of `report`: the reviewed snapshot's identity. */
  snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  sharedAt: z.iso.datetime(),
  /** The draft as it is, text typed in a number cell included (the reviewer sees what the clerk sees). */
  report: draftReportSchema,
});

const handBackSchema = z.strictObject({
  kind: z.literal("handback"),
  draftId: z.string().check(z.minLength(1)),
  /** The snapshot the reviewer read. */
  reviewedHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  reviewedRevision: z.number().check(z.int(), z.nonnegative()),
  reviewer: z.string(),
  handedBackAt: z.iso.datetime(),
  comments: z.array(commentSchema),
  dispositions: z.array(dispositionSchema),
});

const bodySchema = z.discriminatedUnion("kind", [shareSchema, handBackSchema]);
export type ShareBody = z.infer<typeof shareSchema>;
export type HandBackBody = z.infer<typeof handBackSchema>;
export type ReviewBody = z.infer<typeof bodySchema>;

const messageSchema = z.strictObject({
  format: z.literal(REVIEW_FORMAT),
  formatVersion: z.number().check(z.int(), z.positive()),
  checksum: z.string(),
  body: z.unknown(),
});

export interface ReviewMessage {
  format: typeof REVIEW_FORMAT;
  formatVersion: number;
  checksum: string;
  body: ReviewBody;
}

export async function sealMessage(body: ReviewBody): Promise<ReviewMessage> {
  return { format: REVIEW_FORMAT, formatVersion: REVIEW_FORMAT_VERSION, checksum: await snapshotHash(body), body };
}

export async function shareBody(draftId: string, revision: number, report: Report, now: Date): Promise<ShareBody> {
  return {
    kind: "share",
    draftId,
    revision,
    snapshotHash: await snapshotHash(report),
    sharedAt: now.toISOString(),
    report,
  };
}

export type OpenResult = { ok: true; body: ReviewBody } | { ok: false; message: string };

/** Checks an message read from a link or file: ours, not newer, intact, and well-formed. */
export async function openMessage(json: unknown): Promise<OpenResult> {
  const message = messageSchema.safeParse(json);
  if (!message.success) {
    return { ok: false, message: "内容不是年报编制工具的分享或退回意见，无法打开。请确认文件或链接来源。" };
  }
  if (message.data.formatVersion > REVIEW_FORMAT_VERSION) {
    return { ok: false, message: "内容由更新版本的年报编制工具生成，当前版本无法读取。请刷新页面或更新工具后再打开。" };
  }
  if ((await snapshotHash(message.data.body)) !== message.data.checksum) {
    return { ok: false, message: "内容与生成时不一致，可能已被改动或损坏，为安全起见不予打开。请让对方重新分享。" };
  }
  const body = bodySchema.safeParse(message.data.body);
  if (!body.success) {
    const path = body.error.issues[0]?.path.join(".") ?? "";
    return { ok: false, message: `内容格式不正确（${path || "整体"}），无法打开。请让对方用最新版本重新分享。` };
  }
  if (body.data.kind === "share" && (await snapshotHash(body.data.report)) !== body.data.snapshotHash) {
    return { ok: false, message: "报告内容与分享时记录的校验值不一致，可能已被改动，不予打开。请让对方重新分享。" };
  }
  return { ok: true, body: body.data };
}

/** The text of a share or hand-back file. */
export function messageFileText(message: ReviewMessage): string {
  return `${JSON.stringify(message, null, 2)}\n`;
}
