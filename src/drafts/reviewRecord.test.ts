import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blankReport } from "../report";
import type { Entry, EntryBody } from "../review/entry";
import { type Identity, identityOf, newKeyPair, signEntry } from "../review/identity";
import { dispositionsView, threadView } from "../review/thread";
import { MemoryBackend } from "./backend";
import { collectBackup } from "./exportBackup";
import v1 from "./fixtures/review-v1.json";
import { IdbBackend } from "./idbBackend";
import { IDENTITY_KEY, preMigrationKey, reviewKey } from "./keys";
import { DraftRepository } from "./repository";
import { applyRestore, startRestore } from "./restore";
import { readReviewRecord, reviewedHash, SHARE_HISTORY_LIMIT } from "./reviewRecord";

let reviewer: Identity;
beforeAll(async () => {
  reviewer = await identityOf(await newKeyPair());
});
const at = (minute: number) => new Date(Date.UTC(2025, 0, 10, 8, minute));
const entry = (on: string | null, body: EntryBody, minute: number): Promise<Entry> =>
  signEntry(reviewer, "李审", on, body, at(minute));
const comment = (text: string, minute = 0) =>
  entry(null, { kind: "comment", target: { kind: "field", path: "s1.body" }, text }, minute);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.each([
  ["IndexedDB", async () => new DraftRepository(await IdbBackend.open())],
  ["memory", async () => new DraftRepository(new MemoryBackend())],
])("review records on %s", (_, makeRepo) => {
  it("merge entries as a set and never change the draft's revision", async () => {
    const repo = await makeRepo();
    const draft = await repo.createDraftFrom(blankReport());
    const [a, b] = [await comment("一"), await comment("二", 1)];
    const reply = await entry(a.id, { kind: "reply", text: "好" }, 2);
    await repo.updateReview(draft.id, { entries: [a, b] });
    await repo.updateReview(draft.id, { entries: [a, reply] });
    await repo.updateReview(draft.id, { entries: [a] });
    const record = await repo.review(draft.id);
    expect(record.entries).toHaveLength(3);
    expect(threadView(record.entries, null).map((c) => [c.text, c.replies.length])).toEqual([
      ["一", 1],
      ["二", 0],
    ]);
    const opened = await repo.open(draft.id);
    expect(opened.kind === "ok" && opened.envelope.revision).toBe(draft.revision);
  });

  it("keeps only the last shares, one per snapshot", async () => {
    const repo = await makeRepo();
    for (let i = 0; i < SHARE_HISTORY_LIMIT + 3; i++) {
      const hash = String(i).padStart(64, "0");
      const sharedAt = at(i).toISOString();
      const share = { revision: i, snapshotHash: hash, sharedAt, report: blankReport() };
      await repo.updateReview("d1", { shares: [share] });
      await repo.updateReview("d1", { shares: [share] });
    }
    const { shares } = await repo.review("d1");
    expect(shares).toHaveLength(SHARE_HISTORY_LIMIT);
    expect(shares[0].revision).toBe(3);
  });

  it("keeps the snapshots a hand-back or an approval refers to, however many shares came after", async () => {
    const repo = await makeRepo();
    const hash = (i: number) => String(i).padStart(64, "0");
    const share = (i: number) => ({
      revision: i,
      snapshotHash: hash(i),
      sharedAt: at(i).toISOString(),
      report: blankReport(),
    });
    await repo.updateReview("d1", { shares: [share(0), share(1), share(2)] });
    await repo.updateReview("d1", {
      reviewed: [{ hash: hash(0), at: at(30).toISOString(), by: "李审" }],
      entries: [await entry(null, { kind: "verdict", status: "approved", snapshotHash: hash(1) }, 31)],
    });
    for (let i = 3; i < SHARE_HISTORY_LIMIT + 5; i++) await repo.updateReview("d1", { shares: [share(i)] });
    const { shares, reviewed } = await repo.review("d1");
    expect(shares.map((s) => s.revision)).toEqual([
      0,
      1,
      ...Array.from({ length: SHARE_HISTORY_LIMIT }, (_, i) => i + 5),
    ]);
    expect(reviewed).toEqual([{ hash: hash(0), at: at(30).toISOString(), by: "李审" }]);
  });

  it("compares with the latest reviewed snapshot whatever order hand-backs arrive in; the first owner stays", async () => {
    const repo = await makeRepo();
    await repo.updateReview("d1", { reviewed: [{ hash: "h2", at: at(2).toISOString() }], owner: "k1" });
    await repo.updateReview("d1", { reviewed: [{ hash: "h1", at: at(1).toISOString() }], owner: "k2" });
    await repo.updateReview("d1", { reviewed: [{ hash: "h2", at: at(2).toISOString() }] });
    const record = await repo.review("d1");
    expect(reviewedHash(record)).toBe("h2");
    expect(record.reviewed).toHaveLength(2);
    expect(record.owner).toBe("k1");
  });

  it("is empty for a draft without review data and removed with the draft", async () => {
    const repo = await makeRepo();
    const draft = await repo.createDraftFrom(blankReport());
    expect((await repo.review(draft.id)).entries).toEqual([]);
    await repo.updateReview(draft.id, { entries: [await comment("一")] });
    await repo.purge(draft.id);
    expect((await repo.review(draft.id)).entries).toEqual([]);
  });

  it("migrates a version-1 record without losing a comment, reply, resolution or disposition", async () => {
    const repo = await makeRepo();
    await repo.backend.transact([], () => ({ put: [[reviewKey("d1"), v1]], result: null }));
    const read = await repo.review("d1");
    const view = threadView(read.entries, null);
    expect(view.map((c) => [c.text, c.resolved, c.legacy, c.author.name])).toEqual([
      ["处罚决定数与台账不符，请核实。", true, true, "李审阅"],
      ["请补充存在的主要问题。", false, true, "李审阅"],
    ]);
    expect(view[0].replies.map((r) => [r.author.name, r.text])).toEqual([["张填报", "已核实，改为8件。"]]);
    expect(dispositionsView(read.entries).map((d) => [d.status, d.reason])).toEqual([
      ["notApplicable", "本机关当年无此类事项"],
    ]);
    expect(reviewedHash(read)).toBe("f".repeat(64));
    // The first write stores version 2 and keeps the version-1 text beside it.
    const written = await repo.updateReview("d1", { entries: [await comment("新的", 30)] });
    expect(written.version).toBe(2);
    expect(await repo.backend.get(preMigrationKey("review-d1"))).toEqual(v1);
    expect(threadView((await repo.review("d1")).entries, null)).toHaveLength(3);
  });

  it("makes one signing key pair, keeps it, and cannot export its private key", async () => {
    const repo = await makeRepo();
    const [one, two] = await Promise.all([repo.keyPair(newKeyPair), repo.keyPair(newKeyPair)]);
    expect((await identityOf(one)).key).toBe((await identityOf(two)).key);
    expect((await identityOf(await repo.keyPair(newKeyPair))).key).toBe((await identityOf(one)).key);
    expect(one.privateKey.extractable).toBe(false);
    expect(await repo.backend.get(IDENTITY_KEY)).toBeDefined();
  });

  it("keeps one review copy per shared draft, updated in place, and never overwrites a draft of one's own", async () => {
    const repo = await makeRepo();
    const reviewOf = { draftId: "x", revision: 1, snapshotHash: "a", sharedAt: at(0).toISOString() };
    const first = await repo.putReviewCopy("copy-x", blankReport(), reviewOf);
    const report = { ...blankReport(), meta: { ...blankReport().meta, organ: "新名" } };
    const second = await repo.putReviewCopy("copy-x", report, {
      ...reviewOf,
      revision: 2,
      sharedAt: at(5).toISOString(),
    });
    expect(first?.revision).toBe(1);
    expect(second).toMatchObject({ id: "copy-x", revision: 2, reviewOf: { revision: 2 }, report });
    // The first share opened again afterwards leaves the newer report.
    expect(await repo.putReviewCopy("copy-x", blankReport(), reviewOf)).toEqual(second);
    expect((await repo.list()).drafts).toHaveLength(1);
    const own = await repo.createDraftFrom(blankReport());
    expect(await repo.putReviewCopy(own.id, report, reviewOf)).toBeNull();
  });
});

describe("review records in 备份全部草稿 / 从备份恢复", () => {
  it("travel with the backup and merge into this browser's, never replacing entries", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const draft = await repo.createDraftFrom(blankReport());
    const share = { revision: 1, snapshotHash: "f".repeat(64), sharedAt: at(0).toISOString(), report: blankReport() };
    const [a, b] = [await comment("一"), await comment("本机的", 1)];
    await repo.updateReview(draft.id, {
      entries: [a],
      shares: [share],
      reviewed: [{ hash: "f".repeat(64), at: at(1).toISOString() }],
    });
    const text = JSON.stringify(await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z")));

    globalThis.indexedDB = new IDBFactory();
    const fresh = new DraftRepository(await IdbBackend.open());
    await fresh.updateReview(draft.id, { entries: [b] });
    const started = await startRestore(fresh, text);
    if (!started.ok) throw new Error(started.message);
    await applyRestore(fresh, started.plan, new Map());
    const record = await fresh.review(draft.id);
    expect(record.entries.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    expect(record.shares).toEqual([share]);
    expect(reviewedHash(record)).toBe("f".repeat(64));
  });

  it("an older backup's version-1 review records restore migrated", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const file = await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z"));
    const started = await startRestore(repo, JSON.stringify({ ...file, reviews: { d1: v1 } }));
    if (!started.ok) throw new Error(started.message);
    await applyRestore(repo, started.plan, new Map());
    expect(threadView((await repo.review("d1")).entries, null)).toHaveLength(2);
    expect(readReviewRecord(v1).entries).toHaveLength(5);
  });

  it("a backup made before review existed restores without review records", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const file = await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z"));
    const { reviews: _, ...older } = file;
    const started = await startRestore(repo, JSON.stringify(older));
    expect(started.ok).toBe(true);
    if (started.ok) await applyRestore(repo, started.plan, new Map());
    expect(await repo.allReviews()).toEqual({});
  });
});
