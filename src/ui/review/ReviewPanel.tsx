import type { DraftRepository, ReviewOf } from "../../drafts";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { lazyView } from "../common/firstUse";
import { HandBackButton } from "./HandBackButton";
import { storedReviewerName } from "./reviewerName";
import { useReviewThread } from "./useReviewThread";
import "./review.css";

interface ReviewPanelProps {
  repo: DraftRepository;
  draftId: string;
  /** Set on a reviewer's copy: then comments go back with 退回意见 and findings can be given a disposition. */
  reviewOf: ReviewOf | null;
}

// The panel's content (comment form, list, changes since the review) loads when the panel is first opened.
export const ReviewAside = lazyView(() => import("./ReviewAside").then((m) => m.ReviewAside));

/** The toolbar's 审阅意见 button and its side panel: comments in place, dispositions, changes since the review. */
export function ReviewPanel({ repo, draftId, reviewOf }: ReviewPanelProps) {
  const { record, open, setOpen, update, aside } = useReviewThread(repo, draftId, reviewOf);
  if (!record) return null;

  const unresolved = aside.comments.filter((c) => !c.resolved && !c.deleted).length;
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        审阅意见{unresolved > 0 ? `（${unresolved}）` : ""}
      </button>
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
      {open && (
        <ErrorBoundary what="审阅意见">
          <ReviewAside record={record} {...aside} onClose={() => setOpen(false)} />
        </ErrorBoundary>
      )}
    </>
  );
}
