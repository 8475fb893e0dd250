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
import { useOnFirstUse } from "../common/firstUse";
import { useFindings } from "../editor/findingsContext";
import { useCommentMarkers } from "./useCommentMarkers";
import { useIdentity } from "./useIdentity";

/**
 * A review record as the 审阅意见 panel reads it (the clerk's draft, a reviewer's copy, or the 汇总's notes on a
 * unit): reloaded when another tab or a hand-back changes it, with the thread, dispositions and verdict read from its
 * entries and the markers set in place. `open` starts true when there is something to read.
 */
export type ReviewThread = ReturnType<typeof useReviewThread>;

export function useReviewThread(repo: DraftRepository, id: string, reviewOf: ReviewOf | null) {
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [open, setOpen] = useState(false);
  const { identity, failure: keyFailure } = useIdentity(repo);
  // Code the panel loads on first use (版本, Word with comments); `loadFailure` says when that fails.
  const { load, failure: loadFailure } = useOnFirstUse();
  useEffect(() => {
    const load = (first: boolean) =>
      void repo.review(id).then((loaded) => {
        setRecord(loaded);
        // Open when there is something to read (a tombstone alone is not).
        const shown = threadView(loaded.entries, null).length > 0;
        const worth = reviewOf !== null || shown || loaded.reviewed.length > 0;
        // A hand-back arriving opens the panel; a reload never closes it.
        setOpen((was) => (first ? worth : was || worth));
      });
    load(true);
    const channel = openDraftChannel((message) => {
      if (message.type === "review-changed" && message.id === id) load(false);
    });
    return channel.close;
  }, [repo, id, reviewOf]);
  /** Stores a change of the review data; null when stored, else what failed (the typed text stays). */
  const update = useCallback(
    async (change: ReviewUpdate): Promise<string | null> => {
      try {
        setRecord(await repo.updateReview(id, change));
        return null;
      } catch (error) {
        return writeFailureMessage("保存意见", error, "您写的内容仍在输入框中，没有丢失");
      }
    },
    [repo, id],
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
  return {
    record,
    open,
    setOpen,
    update,
    loadFailure,
    aside: {
      repo,
      draftId: id,
      load,
      comments,
      dispositions,
      verdict,
      identity,
      keyFailure,
      owner,
      reviewOf,
      findings,
      active,
      update,
    },
  };
}
