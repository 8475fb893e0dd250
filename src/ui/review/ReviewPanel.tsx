import { useCallback, useEffect, useMemo, useState } from "react";
import {
  type DraftRepository,
  openDraftChannel,
  type ReviewOf,
  type ReviewRecord,
  type ReviewUpdate,
  writeFailureMessage,
} from "../../drafts";
import { activeDispositions, type Comment } from "../../review/model";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { lazyView } from "../common/firstUse";
import { useFindings } from "../editor/findingsContext";
import { HandBackButton } from "./HandBackButton";
import { storedReviewerName } from "./reviewerName";
import { useCommentMarkers } from "./useCommentMarkers";
import "./review.css";

interface ReviewPanelProps {
  repo: DraftRepository;
  draftId: string;
  /** Set on a reviewer's copy: then comments go back with 退回意见 and findings can be given a disposition. */
  reviewOf: ReviewOf | null;
}

const NO_COMMENTS: readonly Comment[] = [];

// The panel's content (comment form, list, changes since the review) loads when the panel is first opened.
const ReviewAside = lazyView(() => import("./ReviewAside").then((m) => m.ReviewAside));

/** The toolbar's 审阅意见 button and its side panel: comments in place, dispositions, changes since the review. */
export function ReviewPanel({ repo, draftId, reviewOf }: ReviewPanelProps) {
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const load = () =>
      void repo.review(draftId).then((loaded) => {
        setRecord(loaded);
        setOpen(reviewOf !== null || loaded.comments.length > 0 || loaded.reviewedHash !== null);
      });
    load();
    const channel = openDraftChannel((message) => {
      if (message.type === "review-changed" && message.id === draftId) load();
    });
    return channel.close;
  }, [repo, draftId, reviewOf]);
  /** Stores a change of the review data; null when stored, else what failed (the typed text stays). */
  const update = useCallback(
    async (change: ReviewUpdate): Promise<string | null> => {
      try {
        setRecord(await repo.updateReview(draftId, change));
        return null;
      } catch (error) {
        return writeFailureMessage("保存意见", error, "您写的内容仍在输入框中，没有丢失");
      }
    },
    [repo, draftId],
  );
  const findings = useFindings();
  // The findings by identity: most keystrokes leave it as it was, so nothing below redoes its work for them.
  const findingsKey = findings.map((f) => f.fingerprint ?? "").join("|");
  const active = useMemo(
    () => (record ? activeDispositions(record.dispositions, new Set(findingsKey.split("|"))) : []),
    [record, findingsKey],
  );
  useCommentMarkers(record?.comments ?? NO_COMMENTS, active, findingsKey);
  if (!record) return null;

  const open_ = record.comments.filter((c) => !c.resolved).length;
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        审阅意见{open_ > 0 ? `（${open_}）` : ""}
      </button>
      {reviewOf && <HandBackButton record={record} reviewOf={reviewOf} reviewer={storedReviewerName()} />}
      {open && (
        <ErrorBoundary what="审阅意见">
          <ReviewAside
            record={record}
            reviewOf={reviewOf}
            findings={findings}
            active={active}
            update={update}
            onClose={() => setOpen(false)}
          />
        </ErrorBoundary>
      )}
    </>
  );
}
