/**
 * The state of a review, read from its entries (entry.ts): a pure function of the set, so every browser that
 * holds the same entries shows the same thread, whatever order they arrived in. Rules:
 * - a comment's or reply's text is its latest edit by its own author; a deletion counts only from its author
 *   (a deleted comment that others replied to stays, marked deleted, with the replies);
 * - resolved / reopened: the latest such entry by the comment's author or by the draft's owner (the clerk);
 * - a finding's verdict: the latest disposition on its fingerprint;
 * - the report's state: the latest verdict (退回修改 / 已通过 with the hash it approved), 待审阅 before any.
 * "Latest" is by time, then by id, so two entries of the same millisecond still order the same everywhere.
 */
import type { Author, Entry } from "./entry";
import type { CommentTarget, Disposition } from "./model";

export interface ThreadReply {
  id: string;
  author: Author;
  at: string;
  text: string;
  edited: boolean;
  legacy: boolean;
}

export interface ThreadComment extends ThreadReply {
  target: CommentTarget;
  resolved: boolean;
  /** Who resolved or reopened it last. */
  resolvedBy: Author | null;
  deleted: boolean;
  replies: ThreadReply[];
}

const later = (a: Entry, b: Entry) => a.at > b.at || (a.at === b.at && a.id > b.id);
const latest = (entries: readonly Entry[]) => entries.reduce<Entry | null>((l, e) => (!l || later(e, l) ? e : l), null);

/**
 * Every comment, oldest first, with its replies. `owner` is the key of the draft's owner, whose resolutions count
 * beside the comment author's.
 */
export function threadView(entries: readonly Entry[], owner: string | null): ThreadComment[] {
  const about = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.on === null) continue;
    const list = about.get(e.on);
    if (list) list.push(e);
    else about.set(e.on, [e]);
  }
  const on = (id: string) => about.get(id) ?? [];
  const byAuthor = (of: Entry, kinds: readonly string[]) =>
    on(of.id).filter((e) => kinds.includes(e.body.kind) && e.author.key === of.author.key);
  const text = (of: Entry & { body: { text: string } }) => {
    const edit = latest(byAuthor(of, ["edit"]));
    return { text: edit?.body.kind === "edit" ? edit.body.text : of.body.text, edited: edit !== null };
  };
  const reply = (e: Entry & { body: { kind: "reply" } }): ThreadReply => ({
    id: e.id,
    author: e.author,
    at: e.at,
    legacy: e.sig === null,
    ...text(e),
  });
  const comments = entries
    .filter((e): e is Entry & { body: { kind: "comment" } } => e.body.kind === "comment" && e.on === null)
    .map((c): ThreadComment => {
      const replies = on(c.id)
        .filter((e): e is Entry & { body: { kind: "reply" } } => e.body.kind === "reply")
        .filter((r) => byAuthor(r, ["delete"]).length === 0)
        .sort((a, b) => (later(a, b) ? 1 : -1))
        .map(reply);
      const verdict = latest(
        on(c.id).filter(
          (e) =>
            (e.body.kind === "resolve" || e.body.kind === "reopen") &&
            (e.author.key === c.author.key || e.author.key === owner),
        ),
      );
      return {
        id: c.id,
        author: c.author,
        at: c.at,
        legacy: c.sig === null,
        ...text(c),
        target: c.body.target,
        resolved: verdict?.body.kind === "resolve",
        resolvedBy: verdict?.author ?? null,
        deleted: byAuthor(c, ["delete"]).length > 0,
        replies,
      };
    });
  return comments
    .filter((c) => !c.deleted || c.replies.length > 0)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** The standing verdict on each finding: the latest disposition on its fingerprint. */
export function dispositionsView(entries: readonly Entry[]): Disposition[] {
  const byFingerprint = new Map<string, Entry>();
  for (const e of entries) {
    if (e.body.kind !== "disposition") continue;
    const known = byFingerprint.get(e.body.fingerprint);
    if (!known || later(e, known)) byFingerprint.set(e.body.fingerprint, e);
  }
  return [...byFingerprint.values()].flatMap((e): Disposition[] => {
    if (e.body.kind !== "disposition") return [];
    const { fingerprint, checkId, status, reason } = e.body;
    return [{ id: e.id, fingerprint, checkId, status, reason, author: e.author, at: e.at }];
  });
}

/** The reviewer's latest verdict on the report, or null while it is 待审阅. */
export interface Verdict {
  status: "returned" | "approved";
  /** The snapshot the verdict was given on: 已通过 holds only while the report is still that one. */
  snapshotHash: string;
  author: Author;
  at: string;
}

export function verdictView(entries: readonly Entry[]): Verdict | null {
  const found = latest(entries.filter((e) => e.body.kind === "verdict"));
  if (found?.body.kind !== "verdict") return null;
  return { status: found.body.status, snapshotHash: found.body.snapshotHash, author: found.author, at: found.at };
}
