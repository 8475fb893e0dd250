import { useCallback, useEffect, useMemo, useState } from "react";
import {
  type DraftRepository,
  openDraftChannel,
  type ReviewOf,
  type ReviewRecord,
  type ReviewUpdate,
  writeFailureMessage,
} from "../../drafts";
import { activeDispositions } from "../../review/model";
import { dispositionsView, threadView, verdictView } from "../../review/thread";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { lazyView, useOnFirstUse } from "../common/firstUse";
import { useFindings } from "../editor/findingsContext";
import { HandBackButton } from "./HandBackButton";
import { storedReviewerName } from "./reviewerName";
import { useCommentMarkers } from "./useCommentMarkers";
import { useIdentity } from "./useIdentity";
import "./review.css";

interface ReviewPanelProps {
  repo: DraftRepository;
  draftId: string;
  /** Set on a reviewer's copy: then comments go back with 退回意见 and findings can be given a disposition. */
  reviewOf: ReviewOf | null;
}

// The panel's content (comment form, list, changes since the review) loads when the panel is first opened.
const ReviewAside = lazyView(() => import("./ReviewAside").then((m) => m.ReviewAside));

/** The toolbar's 审阅意见 button and its side panel: comments in place, dispositions, changes since the review. */
export function ReviewPanel({ repo, draftId, reviewOf }: ReviewPanelProps) {
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [open, setOpen] = useState(false);
  const { identity, failure: keyFailure } = useIdentity(repo);
  const { load, failure: loadFailure } = useOnFirstUse();
  useEffect(() => {
    const load = (first: boolean) =>
      void repo.review(draftId).then((loaded) => {
        setRecord(loaded);
        // Open when there is something to read (a tombstone alone is not).
        const shown = threadView(loaded.entries, null).length > 0;
        const worth = reviewOf !== null || shown || loaded.reviewed.length > 0;
        // A hand-back arriving opens the panel; a reload never closes it.
        setOpen((was) => (first ? worth : was || worth));
      });
    load(true);
    const channel = openDraftChannel((message) => {
      if (message.type === "review-changed" && message.id === draftId) load(false);
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
  // On the clerk's own draft she is the owner; on a reviewer's copy, whoever signed the share.
  const owner = reviewOf ? (record?.owner ?? null) : (identity?.key ?? null);
  const entries = record?.entries;
  const comments = useMemo(() => threadView(entries ?? [], owner), [entries, owner]);
  const dispositions = useMemo(() => dispositionsView(entries ?? []), [entries]);
  const verdict = useMemo(() => verdictView(entries ?? []), [entries]);
  const findings = useFindings();
  // The findings by identity: most keystrokes leave it as it was, so nothing below redoes its work for them.
  const findingsKey = findings.map((f) => f.fingerprint ?? "").join("|");
  const active = useMemo(
    () => activeDispositions(dispositions, new Set(findingsKey.split("|"))),
    [dispositions, findingsKey],
  );
  useCommentMarkers(comments, active, findingsKey);
  if (!record) return null;

  const unresolved = comments.filter((c) => !c.resolved && !c.deleted).length;
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
          count={comments.length}
          onHandedBack={(reviewed) => void update({ reviewed: [reviewed] })}
        />
      )}
      {loadFailure}
      {open && (
        <ErrorBoundary what="审阅意见">
          <ReviewAside
            repo={repo}
            load={load}
            draftId={draftId}
            record={record}
            comments={comments}
            dispositions={dispositions}
            verdict={verdict}
            identity={identity}
            keyFailure={keyFailure}
            owner={owner}
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
