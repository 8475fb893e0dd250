/** Comments and finding dispositions a reviewer attaches to a shared draft. */
import "../report/zodJitless";
import * as z from "zod/mini";

/** What a comment is about: a section, a text field or table cell (by key path), or a finding (by fingerprint). */
export const commentTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("section"), section: z.string() }),
  z.strictObject({ kind: z.literal("field"), path: z.string() }),
  z.strictObject({ kind: z.literal("finding"), fingerprint: z.string(), checkId: z.string() }),
]);

const replySchema = z.strictObject({
  id: z.string(),
  author: z.string(),
  at: z.iso.datetime(),
  text: z.string(),
});

export const commentSchema = z.strictObject({
  id: z.string(),
  target: commentTargetSchema,
  author: z.string(),
  at: z.iso.datetime(),
  text: z.string(),
  resolved: z.boolean(),
  replies: z.array(replySchema),
});

/** A reviewer's verdict on a finding: it stands (已确认) or does not apply here (不适用), with a reason. */
export const dispositionSchema = z.strictObject({
  fingerprint: z.string(),
  checkId: z.string(),
  status: z.enum(["confirmed", "notApplicable"]),
  reason: z.string(),
  author: z.string(),
  at: z.iso.datetime(),
});

export type CommentTarget = z.infer<typeof commentTargetSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Reply = z.infer<typeof replySchema>;
export type Disposition = z.infer<typeof dispositionSchema>;

export const DISPOSITION_LABEL: Record<Disposition["status"], string> = {
  confirmed: "已确认",
  notApplicable: "不适用",
};

/** Pure updates of a comment list. */
export function addReply(comments: readonly Comment[], commentId: string, reply: Reply): Comment[] {
  return comments.map((c) => (c.id === commentId ? { ...c, replies: [...c.replies, reply] } : c));
}

export function setResolved(comments: readonly Comment[], commentId: string, resolved: boolean): Comment[] {
  return comments.map((c) => (c.id === commentId ? { ...c, resolved } : c));
}

/** A disposition holds while a finding with the same fingerprint still exists (its figures are unchanged). */
export function activeDispositions(
  dispositions: readonly Disposition[],
  fingerprints: ReadonlySet<string>,
): Disposition[] {
  return dispositions.filter((d) => fingerprints.has(d.fingerprint));
}

/** Comments merged by id: a hand-back opened twice adds nothing twice; a newer copy of a comment wins. */
export function mergeComments(mine: readonly Comment[], incoming: readonly Comment[]): Comment[] {
  const byId = new Map(mine.map((c) => [c.id, c]));
  for (const c of incoming) {
    const known = byId.get(c.id);
    byId.set(c.id, known && known.replies.length > c.replies.length ? known : c);
  }
  return [...byId.values()];
}
