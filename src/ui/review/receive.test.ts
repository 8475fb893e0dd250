import { beforeAll, describe, expect, it } from "vitest";
import { MemoryBackend } from "../../drafts/backend";
import { DraftRepository } from "../../drafts/repository";
import { reviewedHash } from "../../drafts/reviewRecord";
import { blankReport, setAt } from "../../report";
import { type Identity, identityOf, newKeyPair, signEntry } from "../../review/identity";
import { type HandBackBody, shareBody } from "../../review/message";
import { threadView } from "../../review/thread";
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
