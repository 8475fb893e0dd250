import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { blankReport } from "../report";
import { type Entry, type EntryBody, entryId, mergeEntries, signedText } from "./entry";
import { entryHolds, fingerprint, type Identity, identityOf, newKeyPair, signEntry, signText } from "./identity";
import { FORGED, openMessage, sealMessage, shareBody } from "./message";
import { threadView, verdictView } from "./thread";

let clerk: Identity;
let reviewer: Identity;
let forger: Identity;
const at = (minute: number) => new Date(Date.UTC(2025, 0, 10, 8, minute));
const sign = (who: Identity, name: string, on: string | null, body: EntryBody, minute: number) =>
  signEntry(who, name, on, body, at(minute));
const target = { kind: "field", path: "s6.body" } as const;

beforeAll(async () => {
  [clerk, reviewer, forger] = await Promise.all([1, 2, 3].map(async () => identityOf(await newKeyPair())));
});

/** Round 1 and 2 of a review: the reviewer comments, the clerk replies and resolves, the reviewer adds more. */
async function rounds() {
  const comment = await sign(reviewer, "李审阅", null, { kind: "comment", target, text: "请补充问题" }, 1);
  const reply = await sign(clerk, "红山街道", comment.id, { kind: "reply", text: "已补充" }, 2);
  const resolve = await sign(clerk, "红山街道", comment.id, { kind: "resolve" }, 3);
  const second = await sign(reviewer, "李审阅", null, { kind: "comment", target, text: "第二轮意见" }, 4);
  const edit = await sign(reviewer, "李审阅", second.id, { kind: "edit", text: "第二轮意见（改）" }, 5);
  const reopen = await sign(reviewer, "李审阅", comment.id, { kind: "reopen" }, 6);
  const again = await sign(clerk, "红山街道", comment.id, { kind: "resolve" }, 7);
  return { comment, reply, resolve, second, edit, reopen, again };
}

describe("#18 findings, reproduced", () => {
  it("opening the same hand-back twice keeps a comment the clerk resolved resolved", async () => {
    const { comment, reply, resolve } = await rounds();
    const handBack = [comment];
    let clerkHas = mergeEntries([], handBack);
    clerkHas = mergeEntries(clerkHas, [reply, resolve]);
    clerkHas = mergeEntries(clerkHas, handBack);
    const [shown] = threadView(clerkHas, clerk.key);
    expect(shown.resolved).toBe(true);
    expect(shown.replies.map((r) => r.text)).toEqual(["已补充"]);
  });

  it("a reviewer's second-round hand-back without the clerk's reply does not delete it", async () => {
    const { comment, reply, second } = await rounds();
    const clerkHas = mergeEntries([comment], [reply]);
    const after = threadView(mergeEntries(clerkHas, [comment, second]), clerk.key);
    expect(after.map((c) => c.text)).toEqual(["请补充问题", "第二轮意见"]);
    expect(after[0].replies.map((r) => r.text)).toEqual(["已补充"]);
  });

  it("a forged entry reusing a comment's id does not hold, and a message carrying it is refused", async () => {
    const { comment } = await rounds();
    const forgedContent = { ...comment, body: { kind: "comment" as const, target, text: "已核实无误" } };
    const forged = { ...forgedContent, sig: await signText(forger, signedText(forgedContent)) };
    expect(await entryHolds(forged)).toBe(false);
    const resigned = { ...comment, body: forgedContent.body };
    expect(await entryHolds(resigned)).toBe(false);
    const body = { ...(await shareBody("d1", 1, blankReport(), [], at(9))), entries: [forged] };
    expect(await openMessage(await sealMessage(body, forger))).toEqual({ ok: false, message: FORGED });
  });

  it("someone else signing under the reviewer's name shows with another fingerprint and cannot resolve", async () => {
    const { comment } = await rounds();
    const posing = await sign(forger, "李审阅", null, { kind: "comment", target, text: "已核实无误" }, 2);
    const resolve = await sign(forger, "李审阅", comment.id, { kind: "resolve" }, 3);
    const edit = await sign(forger, "李审阅", comment.id, { kind: "edit", text: "改掉" }, 3);
    const gone = await sign(forger, "李审阅", comment.id, { kind: "delete" }, 3);
    const view = threadView(mergeEntries([comment], [posing, resolve, edit, gone]), clerk.key);
    expect(view.map((c) => c.text)).toEqual(["请补充问题", "已核实无误"]);
    expect(view[0]).toMatchObject({ resolved: false, deleted: false, edited: false });
    expect(fingerprint(view[1].author.key)).not.toBe(fingerprint(view[0].author.key));
  });
});

describe("the thread's rules", () => {
  it("the latest resolution by the author or the owner counts; text is the author's latest edit", async () => {
    const r = await rounds();
    const all = Object.values(r);
    const view = threadView(all, clerk.key);
    expect(view[0]).toMatchObject({ resolved: true, resolvedBy: { name: "红山街道" } });
    expect(view[1]).toMatchObject({ text: "第二轮意见（改）", edited: true });
    // Without the owner's key the clerk's resolutions do not count: the reviewer's reopening stands.
    expect(threadView(all, null)[0].resolved).toBe(false);
  });

  it("a deletion is a tombstone: the comment goes, others' replies stay under a deleted marker", async () => {
    const { comment, reply } = await rounds();
    const lone = await sign(reviewer, "李审阅", null, { kind: "comment", target, text: "写错了" }, 8);
    const deletions = [
      await sign(reviewer, "李审阅", comment.id, { kind: "delete" }, 9),
      await sign(reviewer, "李审阅", lone.id, { kind: "delete" }, 9),
    ];
    const view = threadView([comment, reply, lone, ...deletions], clerk.key);
    expect(view).toHaveLength(1);
    expect(view[0]).toMatchObject({ deleted: true, replies: [{ text: "已补充" }] });
  });

  it("an entry's id is the hash of its content, and its signature holds", async () => {
    const { reply } = await rounds();
    expect(reply.id).toBe(await entryId(reply));
    expect(await entryHolds(reply)).toBe(true);
    expect(await entryHolds({ ...reply, author: { ...reply.author, name: "别人" } })).toBe(false);
  });
});

describe("the report's state", () => {
  it("is 待审阅 before any verdict, then the latest verdict with the hash it was given on", async () => {
    expect(verdictView([])).toBeNull();
    const hash = "a".repeat(64);
    const returned = await sign(
      reviewer,
      "李审阅",
      null,
      { kind: "verdict", status: "returned", snapshotHash: hash },
      1,
    );
    const approved = await sign(
      reviewer,
      "李审阅",
      null,
      { kind: "verdict", status: "approved", snapshotHash: hash },
      2,
    );
    expect(verdictView([approved, returned])).toMatchObject({ status: "approved", snapshotHash: hash });
    expect(verdictView([returned])).toMatchObject({ status: "returned" });
  });
});

describe("merging is a set union (property)", () => {
  let pool: Entry[];
  beforeAll(async () => {
    const r = await rounds();
    const extra = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sign(
          i % 2 ? clerk : reviewer,
          i % 2 ? "红山街道" : "李审阅",
          r.comment.id,
          { kind: "reply", text: `第${i}条` },
          10 + i,
        ),
      ),
    );
    pool = [...Object.values(r), ...extra];
  });
  const sets = () => fc.array(fc.subarray(pool), { minLength: 1, maxLength: 6 });
  const fold = (parts: Entry[][]) => parts.reduce<Entry[]>((acc, part) => mergeEntries(acc, part), []);

  it("any order and any repetition of hand-backs and shares gives the same thread", () => {
    fc.assert(
      fc.property(sets(), fc.nat(), (parts, seed) => {
        const shuffled = [...parts, ...parts.slice(0, seed % (parts.length + 1))].sort(
          (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
        );
        expect(fold(shuffled)).toEqual(fold(parts));
        expect(threadView(fold(shuffled), clerk.key)).toEqual(threadView(fold(parts), clerk.key));
      }),
    );
  });

  it("is idempotent, commutative and associative, and keeps every entry of every input", () => {
    fc.assert(
      fc.property(fc.subarray(pool), fc.subarray(pool), fc.subarray(pool), (a, b, c) => {
        expect(mergeEntries(a, a)).toEqual(mergeEntries([], a));
        expect(mergeEntries(a, b)).toEqual(mergeEntries(b, a));
        expect(mergeEntries(mergeEntries(a, b), c)).toEqual(mergeEntries(a, mergeEntries(b, c)));
        const ids = new Set(mergeEntries(a, b).map((e) => e.id));
        for (const e of [...a, ...b]) expect(ids.has(e.id)).toBe(true);
      }),
    );
  });
});
