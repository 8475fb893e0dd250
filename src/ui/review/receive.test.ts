import { beforeAll, describe, expect, it } from "vitest";
import { MemoryBackend } from "../../drafts/backend";
import { DraftRepository } from "../../drafts/repository";
import { reviewedHash } from "../../drafts/reviewRecord";
import { blankReport, setAt } from "../../report";
import { snapshotHash } from "../../review/canonical";
import { type Identity, identityOf, newKeyPair, signEntry } from "../../review/identity";
import { type HandBackBody, type ReturnBody, shareBody } from "../../review/message";
import { makeSubmission } from "../../review/submission";
import { threadView, verdictView } from "../../review/thread";
import { receiveReview, reviewCopyId } from "./receive";

const NOW = new Date("2025-01-10T00:00:00.000Z");
let clerk: Identity;
let other: Identity;
beforeAll(async () => {
  [clerk, other] = await Promise.all([identityOf(await newKeyPair()), identityOf(await newKeyPair())]);
});

describe("receiving a share", () => {
  it("makes one read-only copy per shared draft, updated in place by the next share, never the local draft", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const mine = await repo.createDraftFrom(setAt(blankReport(), "s6.body", "我的"));
    const first = await shareBody(mine.id, 4, setAt(blankReport(), "s6.body", "分享的"), [], NOW);
    const received = await receiveReview(repo, first, clerk.key);
    expect(received.draftId).toBe(reviewCopyId(mine.id));
    const copy = await repo.open(received.draftId ?? "");
    expect(copy.kind === "ok" && copy.envelope.reviewOf).toEqual({
      draftId: mine.id,
      revision: 4,
      snapshotHash: first.snapshotHash,
      sharedAt: first.sharedAt,
    });
    const untouched = await repo.open(mine.id);
    expect(untouched.kind === "ok" && untouched.envelope).toEqual(mine);

    const reply = await signEntry(clerk, "红山街道", "c1", { kind: "reply", text: "已改" }, NOW);
    const later = await shareBody(
      mine.id,
      6,
      setAt(blankReport(), "s6.body", "改过的"),
      [reply],
      new Date(NOW.getTime() + 60_000),
    );
    const again = await receiveReview(repo, later, clerk.key);
    expect(again).toMatchObject({ draftId: reviewCopyId(mine.id), tone: "info" });
    expect(again.message).toContain("不另建副本");
    expect((await repo.list()).drafts).toHaveLength(2);
    const updated = await repo.open(reviewCopyId(mine.id));
    expect(updated.kind === "ok" && updated.envelope.report.s6.body).toBe("改过的");
    const record = await repo.review(reviewCopyId(mine.id));
    expect(record.entries).toEqual([reply]);
    expect(record.shares.map((s) => s.revision)).toEqual([4, 6]);
    expect(record.owner).toBe(clerk.key);

    const stale = await receiveReview(repo, first, clerk.key);
    expect(stale.message).toContain("较早的分享");
    const still = await repo.open(reviewCopyId(mine.id));
    expect(still.kind === "ok" && still.envelope.report.s6.body).toBe("改过的");
  });

  it("refuses a share of the same draft signed by another key, leaving the copy as it was", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    await receiveReview(repo, await shareBody("d1", 1, blankReport(), [], NOW), clerk.key);
    const posing = await receiveReview(
      repo,
      await shareBody("d1", 2, setAt(blankReport(), "s6.body", "假"), [], NOW),
      other.key,
    );
    expect(posing).toMatchObject({ draftId: null, tone: "error" });
    expect(posing.message).toContain("不是同一人");
    const copy = await repo.open(reviewCopyId("d1"));
    expect(copy.kind === "ok" && copy.envelope.revision).toBe(1);
  });
});

describe("receiving a hand-back", () => {
  it("attaches its entries to the draft with its id without a new revision; opened again it adds nothing", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const draft = await repo.createDraftFrom(blankReport());
    const comment = await signEntry(
      other,
      "李审阅",
      null,
      { kind: "comment", target: { kind: "field", path: "t2.penalty.decisions" }, text: "请核实" },
      NOW,
    );
    const handBack: HandBackBody = {
      kind: "handback",
      draftId: draft.id,
      reviewedHash: "a".repeat(64),
      reviewedRevision: 1,
      reviewer: "李审阅",
      handedBackAt: NOW.toISOString(),
      entries: [comment],
    };
    const received = await receiveReview(repo, handBack, other.key);
    expect(received).toMatchObject({ draftId: draft.id, tone: "info" });
    expect(received.message).toContain("李审阅的审阅意见：新增 1 条意见");
    const resolve = await signEntry(clerk, "红山街道", comment.id, { kind: "resolve" }, NOW);
    await repo.updateReview(draft.id, { entries: [resolve] });
    const twice = await receiveReview(repo, handBack, other.key);
    expect(twice.message).toContain("此前已经打开过");
    const record = await repo.review(draft.id);
    expect(threadView(record.entries, clerk.key)).toMatchObject([{ text: "请核实", resolved: true }]);
    expect(reviewedHash(record)).toBe("a".repeat(64));
    const opened = await repo.open(draft.id);
    expect(opened.kind === "ok" && opened.envelope.revision).toBe(draft.revision);

    const elsewhere = await receiveReview(repo, { ...handBack, draftId: "not-here" }, other.key);
    expect(elsewhere).toMatchObject({ draftId: null, tone: "error" });
    expect(elsewhere.message).toContain("不在本浏览器中");
  });
});

describe("receiving a hand-back from the 汇总 (退回)", () => {
  const HONGSHAN = "西工区红山街道办事处";
  const named = (organ: string, year: number) =>
    setAt(setAt(blankReport(), "meta.organ", organ), "meta.year", year) as ReturnType<typeof blankReport>;
  const returned = async (draftId: string | null): Promise<ReturnBody> => ({
    kind: "return",
    draftId,
    organ: HONGSHAN,
    year: 2023,
    fileName: "红山街道2023年报.docx",
    reviewedHash: "b".repeat(64),
    reviewer: "区政务公开办",
    handedBackAt: NOW.toISOString(),
    entries: [
      await signEntry(
        other,
        "区政务公开办",
        null,
        { kind: "comment", target: { kind: "section", section: "s5" }, text: "问题写得太笼统" },
        NOW,
      ),
      await signEntry(
        other,
        "区政务公开办",
        null,
        { kind: "verdict", status: "returned", snapshotHash: "b".repeat(64) },
        NOW,
      ),
    ],
  });

  it("attaches to the draft the file named, or without an id to the one draft of that body and year", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const mine = await repo.createDraftFrom(named(HONGSHAN, 2023));
    await repo.createDraftFrom(named(HONGSHAN, 2022));
    const byName = await receiveReview(repo, await returned(null), other.key);
    expect(byName).toMatchObject({ draftId: mine.id, tone: "info" });
    expect(byName.message).toContain(`已附到草稿“${HONGSHAN} 2023年”`);
    const record = await repo.review(mine.id);
    expect(verdictView(record.entries)?.status).toBe("returned");
    expect(threadView(record.entries, clerk.key)).toMatchObject([{ text: "问题写得太笼统" }]);
  });

  it("asks the clerk when two drafts fit, attaches nothing before she chooses, then to the one chosen", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const first = await repo.createDraftFrom(named(HONGSHAN, 2023));
    const second = await repo.createDraftFrom(named(HONGSHAN, 2023));
    const asked = await receiveReview(repo, await returned(null), other.key);
    expect(asked).toMatchObject({ draftId: null, tone: "warning" });
    expect(asked.message).toContain("有 2 份这个机关和年度的草稿");
    expect(asked.choose?.drafts.map((d) => d.fits)).toEqual([true, true]);
    expect((await repo.review(first.id)).entries).toEqual([]);
    expect((await repo.review(second.id)).entries).toEqual([]);
    const chosen = await asked.choose?.attach(second.id);
    expect(chosen).toMatchObject({ draftId: second.id, tone: "info" });
    expect((await repo.review(second.id)).entries).toHaveLength(2);
    expect((await repo.review(first.id)).entries).toEqual([]);
  });

  it("asks when the draft the file names is of another body: the id alone never decides", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const other1 = await repo.createDraftFrom(named("洛龙区档案馆", 2023));
    const asked = await receiveReview(repo, await returned(other1.id), other.key);
    expect(asked.choose?.drafts.map((d) => d.id)).toEqual([other1.id]);
    expect(asked.message).toContain("找不到确定对应的草稿");
    expect((await repo.review(other1.id)).entries).toEqual([]);
  });

  it("says so when this browser has no draft of the clerk's at all", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const none = await receiveReview(repo, await returned(null), other.key);
    expect(none).toMatchObject({ draftId: null, tone: "error" });
    expect(none.message).toContain("本浏览器中没有您的草稿");
  });
});

describe("a 汇总 hand-back about one of the draft's 定稿 versions", () => {
  it("keeps that version as the reviewed snapshot, so the changes since are listed", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const report = setAt(setAt(blankReport(), "meta.organ", "西工区红山街道办事处"), "meta.year", 2023);
    const draft = await repo.createDraftFrom(report);
    const made = await makeSubmission({
      report,
      findings: [],
      reasons: new Map(),
      identity: clerk,
      name: "西工区红山街道办事处",
      version: 1,
      now: NOW,
    });
    if (!made.ok) throw new Error(made.message);
    await repo.addSubmission(draft.id, made.submission);
    const body: ReturnBody = {
      kind: "return",
      draftId: draft.id,
      organ: "西工区红山街道办事处",
      year: 2023,
      fileName: "红山定稿.json",
      reviewedHash: made.submission.snapshotHash,
      reviewer: "区政务公开办",
      handedBackAt: NOW.toISOString(),
      entries: [],
    };
    await receiveReview(repo, body, other.key);
    const record = await repo.review(draft.id);
    expect(reviewedHash(record)).toBe(made.submission.snapshotHash);
    expect(record.shares).toEqual([
      { revision: 0, snapshotHash: made.submission.snapshotHash, sharedAt: NOW.toISOString(), report },
    ]);
    // A file that is not one of its versions leaves no snapshot (the panel says it cannot list the changes).
    const other2 = await repo.createDraftFrom(report);
    await receiveReview(repo, { ...body, draftId: other2.id, reviewedHash: "d".repeat(64) }, other.key);
    expect((await repo.review(other2.id)).shares).toEqual([]);
  });
});

describe("a 汇总 hand-back about an exported JSON file (not a 定稿 file)", () => {
  it("keeps the report it carries as the reviewed snapshot when that report hashes to the one reviewed", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const exported = setAt(setAt(blankReport(), "meta.organ", "西工区红山街道办事处"), "meta.year", 2023);
    const draft = await repo.createDraftFrom(exported);
    const hash = await snapshotHash(exported);
    const body: ReturnBody = {
      kind: "return",
      draftId: draft.id,
      organ: "西工区红山街道办事处",
      year: 2023,
      fileName: "红山2023年度报告.json",
      reviewedHash: hash,
      report: exported,
      reviewer: "区政务公开办",
      handedBackAt: NOW.toISOString(),
      entries: [],
    };
    await receiveReview(repo, body, other.key);
    const record = await repo.review(draft.id);
    expect(reviewedHash(record)).toBe(hash);
    expect(record.shares).toEqual([{ revision: 0, snapshotHash: hash, sharedAt: NOW.toISOString(), report: exported }]);

    // A copy altered on the way (it no longer hashes to what was reviewed) is not kept as what the office read.
    const second = await repo.createDraftFrom(exported);
    const altered = setAt(exported, "t3.received.natural", 9);
    await receiveReview(repo, { ...body, draftId: second.id, report: altered }, other.key);
    expect((await repo.review(second.id)).shares).toEqual([]);
  });
});
