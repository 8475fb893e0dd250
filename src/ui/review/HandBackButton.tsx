import { useState } from "react";
import type { ReviewOf, ReviewRecord } from "../../drafts";
import type { HandBackBody } from "../../review/message";
import type { LinkAdvice } from "../../review/share";
import { Dialog } from "../common/Dialog";
import { downloadText, fileStamp } from "../common/files";
import { useOnFirstUse } from "../common/firstUse";
import { LinkOutput } from "./LinkOutput";
import { loadReview } from "./loadReview";

interface Handed {
  link: string;
  advice: LinkAdvice;
  fileText: string;
  fileName: string;
  count: number;
}

/** 退回意见: the comments and dispositions, with the hash of the snapshot they are about, as a link and a file. */
export function HandBackButton({
  record,
  reviewOf,
  reviewer,
}: {
  record: ReviewRecord;
  reviewOf: ReviewOf;
  reviewer: string;
}) {
  const [handed, setHanded] = useState<Handed | null>(null);
  const { load, failure } = useOnFirstUse();
  const handBack = async () => {
    const review = await load(loadReview, () => void handBack());
    if (!review) return;
    const now = new Date();
    const body: HandBackBody = {
      kind: "handback",
      draftId: reviewOf.draftId,
      reviewedHash: reviewOf.snapshotHash,
      reviewedRevision: reviewOf.revision,
      reviewer,
      handedBackAt: now.toISOString(),
      comments: record.comments,
      dispositions: record.dispositions,
    };
    setHanded({
      ...(await review.outgoing(window.location.href, body)),
      fileName: `审阅意见-${reviewer || "审阅人"}-${fileStamp(now)}.json`,
      count: record.comments.length,
    });
  };
  return (
    <>
      <button type="button" onClick={() => void handBack()}>
        退回意见
      </button>
      {failure}
      {handed && (
        <Dialog title="退回审阅意见" onClose={() => setHanded(null)} wide>
          <p>
            共 {handed.count}{" "}
            条意见。请把链接或文件发回给填报人；填报人在分享这份草稿的浏览器中打开后，意见会显示在草稿的对应位置。
          </p>
          <LinkOutput
            link={handed.link}
            advice={handed.advice}
            carries="您的审阅意见（含所评论内容的位置）"
            fileLabel="下载意见文件"
            onDownload={() => downloadText(handed.fileName, handed.fileText)}
          />
        </Dialog>
      )}
    </>
  );
}
