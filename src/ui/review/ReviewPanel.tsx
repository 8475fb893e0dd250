import type { DraftRepository, ReviewOf } from "../../drafts";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { lazyView } from "../common/firstUse";
import { HandBackButton } from "./HandBackButton";
import { storedReviewerName } from "./reviewerName";
import { type ReviewThread, useReviewThread } from "./useReviewThread";
import "./review.css";

interface ReviewPanelProps {
  repo: DraftRepository;
  draftId: string;
  /** Set on a reviewer's copy: then comments go back with 退回意见 and findings can be given a disposition. */
  reviewOf: ReviewOf | null;
}

// The panel's content (comment form, list, changes since the review) loads when the panel is first opened.
export const ReviewAside = lazyView(() => import("./ReviewAside").then((m) => m.ReviewAside));

/** The 审阅意见 button: opens and closes the panel, with the number of comments still open. */
export function ReviewToggle({ thread }: { thread: ReviewThread }) {
  const unresolved = thread.aside.comments.filter((c) => !c.resolved && !c.deleted).length;
  return (
    <button type="button" aria-expanded={thread.open} onClick={() => thread.setOpen(!thread.open)}>
      审阅意见{unresolved > 0 ? `（${unresolved}）` : ""}
    </button>
  );
}

/** The toolbar's 审阅意见 button and its side panel: comments in place, dispositions, changes since the review. */
export function ReviewPanel({ repo, draftId, reviewOf }: ReviewPanelProps) {
  const thread = useReviewThread(repo, draftId, reviewOf);
  const { record, open, setOpen, update, loadFailure, aside } = thread;
  if (!record) return null;
  return (
    <>
      <ReviewToggle thread={thread} />
      {reviewOf && (
        <HandBackButton
          repo={repo}
          record={record}
          reviewOf={reviewOf}
          reviewer={storedReviewerName()}
          count={aside.comments.length}
          onHandedBack={(reviewed) => void update({ reviewed: [reviewed] })}
        />
      )}
      {loadFailure}
      {open && (
        <ErrorBoundary what="审阅意见">
          <ReviewAside record={record} {...aside} onClose={() => setOpen(false)} />
        </ErrorBoundary>
      )}
    </>
  );
}
