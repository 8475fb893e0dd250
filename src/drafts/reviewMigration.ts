/**
 * Review records of version 1 (comments with their replies, a resolved flag and free-text names, no signatures)
 * become version 2's entries. Nothing is dropped: each comment, reply, resolution and disposition becomes a
 * legacy entry (`sig: null`, empty key), shown as 升级前的意见 and kept in this browser; only signed entries travel.
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import type { Entry } from "../review/entry";
import { commentTargetSchema } from "../review/model";

const legacyReplySchema = z.object({ id: z.string(), author: z.string(), at: z.iso.datetime(), text: z.string() });

export const legacyCommentSchema = z.object({
  id: z.string(),
  target: commentTargetSchema,
  author: z.string(),
  at: z.iso.datetime(),
  text: z.string(),
  resolved: z.boolean(),
  replies: z.array(legacyReplySchema),
});

export const legacyDispositionSchema = z.object({
  fingerprint: z.string(),
  checkId: z.string(),
  status: z.enum(["confirmed", "notApplicable"]),
  reason: z.string(),
  author: z.string(),
  at: z.iso.datetime(),
});

export const reviewRecordV1Schema = z.object({
  comments: z.array(legacyCommentSchema),
  dispositions: z.array(legacyDispositionSchema),
  shares: z.array(z.unknown()),
  reviewedHash: z.nullable(z.string()),
  deleted: z.optional(z.array(z.string())),
});

type LegacyComment = z.infer<typeof legacyCommentSchema>;
type LegacyDisposition = z.infer<typeof legacyDispositionSchema>;

const legacy = (id: string, on: string | null, name: string, at: string, body: Entry["body"]): Entry => ({
  id: `legacy-${id}`,
  on,
  author: { name, key: "" },
  at,
  body,
  sig: null,
});

/** The entries of one version-1 comment: itself, its replies, and its resolution when it was resolved. */
export function legacyCommentEntries(c: LegacyComment): Entry[] {
  const id = `legacy-${c.id}`;
  return [
    legacy(c.id, null, c.author, c.at, { kind: "comment", target: c.target, text: c.text }),
    ...c.replies.map((r) => legacy(`${c.id}.${r.id}`, id, r.author, r.at, { kind: "reply", text: r.text })),
    ...(c.resolved ? [legacy(`${c.id}.resolved`, id, c.author, c.at, { kind: "resolve" })] : []),
  ];
}

export function legacyDispositionEntry(d: LegacyDisposition): Entry {
  const { fingerprint, checkId, status, reason } = d;
  return legacy(`d.${fingerprint}`, null, d.author, d.at, {
    kind: "disposition",
    fingerprint,
    checkId,
    status,
    reason,
  });
}
