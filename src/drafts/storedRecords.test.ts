/** Issue #14: one malformed record beside the drafts never blanks a screen or half-restores a backup. */
import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { MemoryBackend } from "./backend";
import { quarantineKey, reviewKey, summaryKey } from "./keys";
import { parseBackup } from "./readBackup";
import { DraftRepository } from "./repository";
import { readReviewRecord } from "./reviewRecord";

let ids = 0;
const repo = () =>
  new DraftRepository(
    new MemoryBackend(),
    () => new Date("2025-01-10T00:00:00Z"),
    () => `id-${++ids}`,
  );
const put = (r: DraftRepository, key: string, value: unknown) =>
  r.backend.transact([], () => ({ put: [[key, value]], result: undefined }));

describe("the draft list reads every record tolerantly", () => {
  it("shows a malformed quarantine record as unreadable with its raw text, and the drafts still list", async () => {
    const r = repo();
    const draft = await r.createDraftFrom(hongshan2023());
    await put(r, quarantineKey("bad"), { id: "bad", reason: { x: 1 }, raw: "x" });
    await put(r, quarantineKey("worse"), "not an object");
    const listing = await r.list();
    expect(listing.drafts.map((d) => d.id)).toEqual([draft.id]);
    const bad = listing.quarantined.find((q) => q.id === "bad");
    expect(bad?.reason).toMatch(/格式有误/);
    expect(bad?.raw).toContain('"x":1');
    expect(listing.quarantined.find((q) => q.id === "worse")?.raw).toBe("not an object");
    for (const q of listing.quarantined) expect(typeof q.reason).toBe("string");
  });

  it("rebuilds a malformed summary from its draft instead of showing it", async () => {
    const r = repo();
    const draft = await r.createDraftFrom(hongshan2023());
    const good = (await r.list()).drafts[0];
    await put(r, summaryKey(draft.id), { ...good, organ: { x: 1 }, findings: "many" });
    const [rebuilt] = (await r.list()).drafts;
    expect(rebuilt.organ).toBe(hongshan2023().meta.organ);
    expect(rebuilt.findings).toEqual(good.findings);
  });

  it("reads what is well formed of a review record, and sets the raw record aside before rewriting it", async () => {
    const comment = {
      id: "c1",
      author: "张三",
      at: "2025-01-01T00:00:00Z",
      text: "请核对",
      target: { kind: "section", section: "s1" },
      replies: [],
      resolved: false,
    };
    const stored = { comments: [comment, { id: 5 }], dispositions: "x", shares: null, reviewedHash: 7 };
    const read = readReviewRecord(stored);
    expect(read.entries.map((e) => [e.id, e.body.kind])).toEqual([["legacy-c1", "comment"]]);
    expect(read.shares).toEqual([]);
    expect(read.reviewed).toEqual([]);
    const r = repo();
    await put(r, reviewKey("d1"), stored);
    await r.updateReview("d1", { reviewed: [{ hash: "abc", at: "2025-01-02T00:00:00Z" }] });
    const aside = await r.backend.get(quarantineKey("review-d1"));
    expect((aside as { raw: string }).raw).toContain('"dispositions":"x"');
  });
});

describe("a backup is checked whole before anything is written", () => {
  const backup = (extra: object) =>
    JSON.stringify({ type: "nianbao-backup", version: 1, exportedAt: "x", drafts: [], quarantined: [], ...extra });

  it("refuses a backup whose quarantine entries or review records are malformed, saying nothing was changed", () => {
    for (const text of [
      backup({ quarantined: [{ id: "bad", reason: { x: 1 }, raw: "x" }] }),
      backup({ reviews: { d1: { comments: "x" } } }),
      backup({ reviews: "x" }),
    ]) {
      const parsed = parseBackup(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("本机草稿没有任何改动");
    }
  });

  it("accepts a well-formed backup", () => {
    const parsed = parseBackup(
      backup({
        quarantined: [{ id: "q", reason: "坏", raw: "x" }],
        reviews: {
          d1: { comments: [], dispositions: [], shares: [], reviewedHash: null },
          d2: { version: 2, entries: [], shares: [], reviewed: [], owner: null },
        },
      }),
    );
    expect(parsed.ok).toBe(true);
  });
});
