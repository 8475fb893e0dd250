import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../../drafts/backend";
import { DraftRepository } from "../../drafts/repository";
import { blankReport, setAt } from "../../report";
import { shareBody } from "../../review/message";
import type { Comment } from "../../review/model";
import { receiveReview } from "./receive";

const NOW = new Date("2025-01-10T00:00:00.000Z");
const comment: Comment = {
  id: "c1",
  target: { kind: "field", path: "t2.penalty.decisions" },
  author: "李审阅",
  at: NOW.toISOString(),
  text: "请核实",
  resolved: false,
  replies: [],
};

describe("receiving a share or a hand-back", () => {
  it("makes a share a new read-only copy, even when a draft with the same id is here", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const mine = await repo.createDraftFrom(setAt(blankReport(), "s6.body", "我的"));
    const body = await shareBody(mine.id, 4, setAt(blankReport(), "s6.body", "分享的"), NOW);
    const received = await receiveReview(repo, body);
    expect(received.draftId).not.toBe(mine.id);
    const copy = await repo.open(received.draftId ?? "");
    expect(copy.kind === "ok" && copy.envelope.reviewOf).toEqual({
      draftId: mine.id,
      revision: 4,
      snapshotHash: body.snapshotHash,
      sharedAt: body.sharedAt,
    });
    const untouched = await repo.open(mine.id);
    expect(untouched.kind === "ok" && untouched.envelope).toEqual(mine);
  });

  it("attaches a hand-back's comments to the draft with its id, without a new revision", async () => {
    const repo = new DraftRepository(new MemoryBackend());
    const draft = await repo.createDraftFrom(blankReport());
    const handBack = {
      kind: "handback" as const,
      draftId: draft.id,
      reviewedHash: "a".repeat(64),
      reviewedRevision: 1,
      reviewer: "李审阅",
      handedBackAt: NOW.toISOString(),
      comments: [comment],
      dispositions: [],
    };
    const received = await receiveReview(repo, handBack);
    expect(received).toMatchObject({ draftId: draft.id, tone: "info" });
    expect(received.message).toContain("李审阅的审阅意见 1 条");
    await receiveReview(repo, handBack);
    const record = await repo.review(draft.id);
    expect(record.comments).toEqual([comment]);
    expect(record.reviewedHash).toBe("a".repeat(64));
    const opened = await repo.open(draft.id);
    expect(opened.kind === "ok" && opened.envelope.revision).toBe(draft.revision);

    const elsewhere = await receiveReview(repo, { ...handBack, draftId: "not-here" });
    expect(elsewhere).toMatchObject({ draftId: null, tone: "error" });
    expect(elsewhere.message).toContain("不在本浏览器中");
  });
});
