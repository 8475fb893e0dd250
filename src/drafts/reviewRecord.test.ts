import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { blankReport } from "../report";
import type { Comment, Disposition } from "../review/model";
import { MemoryBackend } from "./backend";
import { collectBackup } from "./exportBackup";
import { IdbBackend } from "./idbBackend";
import { DraftRepository } from "./repository";
import { applyRestore, startRestore } from "./restore";
import { SHARE_HISTORY_LIMIT } from "./reviewRecord";

const comment = (id: string, text: string, replies = 0): Comment => ({
  id,
  target: { kind: "field", path: "s1.body" },
  author: "李审",
  at: "2025-01-10T00:00:00.000Z",
  text,
  resolved: false,
  replies: Array.from({ length: replies }, (_, i) => ({
    id: `${id}-r${i}`,
    author: "张填",
    at: "2025-01-10T00:00:00.000Z",
    text: "好",
  })),
});

const disposition = (at: string, status: Disposition["status"]): Disposition => ({
  fingerprint: "fp1",
  checkId: "balance",
  status,
  reason: "说明",
  author: "李审",
  at,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.each([
  ["IndexedDB", async () => new DraftRepository(await IdbBackend.open())],
  ["memory", async () => new DraftRepository(new MemoryBackend())],
])("review records on %s", (_, makeRepo) => {
  it("merges comments by id and never changes the draft's revision", async () => {
    const repo = await makeRepo();
    const draft = await repo.createDraftFrom(blankReport());
    await repo.updateReview(draft.id, { comments: [comment("a", "一"), comment("b", "二")] });
    await repo.updateReview(draft.id, { comments: [comment("a", "一", 1)] });
    await repo.updateReview(draft.id, { comments: [comment("a", "一")] });
    const record = await repo.review(draft.id);
    expect(record.comments.map((c) => [c.id, c.replies.length])).toEqual([
      ["a", 1],
      ["b", 0],
    ]);
    const opened = await repo.open(draft.id);
    expect(opened.kind === "ok" && opened.envelope.revision).toBe(draft.revision);
  });

  it("deletes a comment for good: a later hand-back that still carries it does not bring it back", async () => {
    const repo = await makeRepo();
    const draft = await repo.createDraftFrom(blankReport());
    await repo.updateReview(draft.id, { comments: [comment("a", "一"), comment("b", "二")] });
    await repo.updateReview(draft.id, { deleteComments: ["a"] });
    expect((await repo.review(draft.id)).comments.map((c) => c.id)).toEqual(["b"]);
    await repo.updateReview(draft.id, { comments: [comment("a", "一", 2), comment("c", "三")] });
    const record = await repo.review(draft.id);
    expect(record.comments.map((c) => c.id)).toEqual(["b", "c"]);
    expect(record.deleted).toEqual(["a"]);
  });

  it("keeps only the last shares, one per snapshot", async () => {
    const repo = await makeRepo();
    for (let i = 0; i < SHARE_HISTORY_LIMIT + 3; i++) {
      const hash = String(i).padStart(64, "0");
      const share = { revision: i, snapshotHash: hash, sharedAt: "2025-01-10T00:00:00.000Z", report: blankReport() };
      await repo.updateReview("d1", { shares: [share] });
      await repo.updateReview("d1", { shares: [share] });
    }
    const { shares } = await repo.review("d1");
    expect(shares).toHaveLength(SHARE_HISTORY_LIMIT);
    expect(shares[0].revision).toBe(3);
  });

  it("keeps the later disposition of a finding and remembers the reviewed hash", async () => {
    const repo = await makeRepo();
    await repo.updateReview("d1", { dispositions: [disposition("2025-01-11T00:00:00.000Z", "confirmed")] });
    await repo.updateReview("d1", {
      dispositions: [disposition("2025-01-10T00:00:00.000Z", "notApplicable")],
      reviewedHash: "h",
    });
    const record = await repo.review("d1");
    expect(record.dispositions.map((d) => d.status)).toEqual(["confirmed"]);
    expect(record.reviewedHash).toBe("h");
  });

  it("is empty for a draft without review data and removed with the draft", async () => {
    const repo = await makeRepo();
    const draft = await repo.createDraftFrom(blankReport());
    expect((await repo.review(draft.id)).comments).toEqual([]);
    await repo.updateReview(draft.id, { comments: [comment("a", "一")] });
    await repo.purge(draft.id);
    expect((await repo.review(draft.id)).comments).toEqual([]);
  });
});

describe("review records in 备份全部草稿 / 从备份恢复", () => {
  it("travel with the backup and merge into this browser's, never replacing comments", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const draft = await repo.createDraftFrom(blankReport());
    const share = {
      revision: 1,
      snapshotHash: "f".repeat(64),
      sharedAt: "2025-01-10T00:00:00.000Z",
      report: blankReport(),
    };
    await repo.updateReview(draft.id, {
      comments: [comment("a", "一")],
      shares: [share],
      reviewedHash: "f".repeat(64),
    });
    const text = JSON.stringify(await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z")));

    globalThis.indexedDB = new IDBFactory();
    const fresh = new DraftRepository(await IdbBackend.open());
    await fresh.updateReview(draft.id, { comments: [comment("b", "本机的")] });
    const started = await startRestore(fresh, text);
    if (!started.ok) throw new Error(started.message);
    await applyRestore(fresh, started.plan, new Map());
    const record = await fresh.review(draft.id);
    expect(record.comments.map((c) => c.id).sort()).toEqual(["a", "b"]);
    expect(record.shares).toEqual([share]);
    expect(record.reviewedHash).toBe("f".repeat(64));
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
