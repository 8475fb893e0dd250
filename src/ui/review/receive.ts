/** What happens to a share or a hand-back once it has been read and checked. */
import { announce, type DraftRepository } from "../../drafts";
import type { ReviewBody } from "../../review/message";

export interface Received {
  /** The draft to open, or null when there is nothing to open. */
  draftId: string | null;
  tone: "info" | "error";
  message: string;
}

/**
 * A share always becomes a NEW read-only review copy (never merged into a local draft, even one with the same id).
 * A hand-back attaches its comments to the clerk's own draft, matched by draft id.
 */
export async function receiveReview(repo: DraftRepository, body: ReviewBody): Promise<Received> {
  if (body.kind === "share") {
    const { draftId, revision, snapshotHash, sharedAt } = body;
    const copy = await repo.createDraftFrom(body.report, { reviewOf: { draftId, revision, snapshotHash, sharedAt } });
    return {
      draftId: copy.id,
      tone: "info",
      message:
        "已打开分享的报告：这是一份只读的审阅副本，您本地的草稿都没有改动。请在右侧“审阅意见”中写意见，写完后点击“退回意见”发回给填报人。",
    };
  }
  const opened = await repo.open(body.draftId);
  if (opened.kind !== "ok") {
    return {
      draftId: null,
      tone: "error",
      message:
        "这些审阅意见针对的草稿不在本浏览器中（可能是在另一台电脑上分享的）。请在分享这份草稿的电脑和浏览器中打开这个链接或文件。",
    };
  }
  await repo.updateReview(body.draftId, {
    comments: body.comments,
    dispositions: body.dispositions,
    reviewedHash: body.reviewedHash,
  });
  // The draft may be open already, here or in another tab: its review panel shows the comments without a reload.
  announce({ type: "review-changed", id: body.draftId });
  const who = body.reviewer || "审阅人";
  return {
    draftId: body.draftId,
    tone: "info",
    message: `已收到${who}的审阅意见 ${body.comments.length} 条，显示在右侧“审阅意见”中，并在对应位置标出；自审阅版本以来的修改也列在那里。`,
  };
}
