/**
 * A review thread is a set of entries: every comment, reply, edit, deletion, resolution, reopening and finding
 * verdict is one entry, signed by its author and never changed afterwards. An entry's id is the hash of its
 * content, so an id cannot be reused for other content, and merging two sets is their union: the same result in
 * any order, any number of times, and nobody's entry is ever removed or rewritten (thread.ts reads the state).
 */
import "../report/zodJitless";
import * as z from "zod/mini";
import { canonicalJson } from "./canonical";
import { commentTargetSchema } from "./model";

const textSchema = z.string().check(z.maxLength(20_000));

export const entryBodySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("comment"), target: commentTargetSchema, text: textSchema }),
  z.strictObject({ kind: z.literal("reply"), text: textSchema }),
  z.strictObject({ kind: z.literal("edit"), text: textSchema }),
  z.strictObject({ kind: z.literal("delete") }),
  z.strictObject({ kind: z.literal("resolve") }),
  z.strictObject({ kind: z.literal("reopen") }),
  /** The reviewer's verdict on the whole report as shared: 退回修改, or 已通过 for exactly that snapshot. */
  z.strictObject({
    kind: z.literal("verdict"),
    status: z.enum(["returned", "approved"]),
    snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  z.strictObject({
    kind: z.literal("disposition"),
    fingerprint: z.string(),
    checkId: z.string(),
    status: z.enum(["confirmed", "notApplicable"]),
    reason: textSchema,
  }),
]);

/** Who wrote an entry: the name they sign with and their public key (base64url of the raw P-256 point). */
export const authorSchema = z.strictObject({ name: z.string().check(z.maxLength(200)), key: z.string() });

export const entrySchema = z.strictObject({
  /** The hash of the content (`on`, `author`, `at`, `body`); `legacy-…` for a comment kept from before signing. */
  id: z.string(),
  /** The comment or reply this entry is about (reply, edit, delete, resolve, reopen); null for a comment. */
  on: z.nullable(z.string()),
  author: authorSchema,
  at: z.iso.datetime(),
  body: entryBodySchema,
  /** ECDSA P-256 / SHA-256 over the canonical content with its id; null only on legacy entries (never sent). */
  sig: z.nullable(z.string()),
});

export type EntryBody = z.infer<typeof entryBodySchema>;
export type Author = z.infer<typeof authorSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type EntryContent = Pick<Entry, "on" | "author" | "at" | "body">;

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

/** The id of an entry with this content: 128 bits of SHA-256, so an id names one content only. */
export async function entryId(content: EntryContent): Promise<string> {
  const { on, author, at, body } = content;
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(canonicalJson({ on, author, at, body })),
  );
  return hex(digest).slice(0, 32);
}

/** What the signature covers. */
export function signedText(entry: Omit<Entry, "sig">): string {
  const { id, on, author, at, body } = entry;
  return canonicalJson({ id, on, author, at, body });
}

export const isLegacy = (entry: Entry) => entry.sig === null;

const rank = (entry: Entry) => `${entry.sig ?? ""}\u0000${signedText(entry)}`;

/**
 * The union of two entry sets. Same id means same content (ids are content hashes, checked on arrival); of two
 * signatures over it (an entry re-signed) the smaller is kept, so the choice does not depend on the order.
 * Sorted by id: equal sets are equal arrays.
 */
export function mergeEntries(mine: readonly Entry[], incoming: readonly Entry[]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const entry of [...mine, ...incoming]) {
    const known = byId.get(entry.id);
    if (!known || rank(entry) < rank(known)) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
