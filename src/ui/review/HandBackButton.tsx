import { useState } from "react";
import type { DraftRepository, Reviewed, ReviewOf, ReviewRecord } from "../../drafts";
import type { HandBackBody } from "../../review/message";
import type { LinkAdvice } from "../../review/share";
import { fileStamp } from "../common/files";
import { useOnFirstUse } from "../common/firstUse";
import { OutgoingDialog } from "./LinkOutput";
import { loadReview } from "./loadReview";
import { identityFor, KEY_FAILURE } from "./useIdentity";

interface Handed {
  link: string;
  advice: LinkAdvice;
  fileText: string;
  fileName: string;
  count: number;
}

interface HandBackProps {
  repo: DraftRepository;
  record: ReviewRecord;
  reviewOf: ReviewOf;
  reviewer: string;
  /** Comments in the thread, as the panel counts them. */
  count: number;
  /** Called once the hand-back is built: the reviewer's copy remembers which snapshot was reviewed. */
  onHandedBack: (reviewed: Reviewed) => void;
}

/**
 * 退回意见: the whole thread as the reviewer has it (the clerk's entries included: a set merges), with the hash of
 * the snapshot it is about, signed, as a link and a file.
 */
export function HandBackButton({ repo, record, reviewOf, reviewer, count, onHandedBack }: HandBackProps) {
  const [handed, setHanded] = useState<Handed | null>(null);
  const { load, failure } = useOnFirstUse();
  const [problem, setProblem] = useState<string | null>(null);
  const handBack = async () => {
    const review = await load(loadReview, () => void handBack());
    if (!review) return;
    const identity = await identityFor(repo).catch(() => null);
    setProblem(identity ? null : KEY_FAILURE);
    if (!identity) return;
    const now = new Date();
    const body: HandBackBody = {
      kind: "handback",
      draftId: reviewOf.draftId,
      reviewedHash: reviewOf.snapshotHash,
      reviewedRevision: reviewOf.revision,
      reviewer,
      handedBackAt: now.toISOString(),
      entries: review.travelling(record.entries),
    };
    setHanded({
      ...(await review.outgoing(window.location.href, body, identity)),
      fileName: `审阅意见-${reviewer || "审阅人"}-${fileStamp(now)}.json`,
      count,
    });
    onHandedBack({ hash: reviewOf.snapshotHash, at: body.handedBackAt, by: reviewer || undefined });
  };
  return (
    <>
      <button type="button" onClick={() => void handBack()}>
        退回意见
      </button>
      {failure}
      {problem && <p role="alert">{problem}</p>}
      {handed && (
        <OutgoingDialog
          title="退回审阅意见"
          onClose={() => setHanded(null)}
          outgoing={handed}
          carries="您的审阅意见（含所评论内容的位置）"
          fileLabel="下载意见文件"
        >
          <p>
            共 {handed.count}{" "}
            条意见。请把链接或文件发回给填报人；填报人在分享这份草稿的浏览器中打开后，意见会显示在草稿的对应位置。
          </p>
        </OutgoingDialog>
      )}
    </>
  );
}
