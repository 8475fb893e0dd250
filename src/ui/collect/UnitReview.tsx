import { useEffect, useMemo, useState } from "react";
import type { ReadReport } from "../../collect";
import type { DraftRepository, ReviewOf } from "../../drafts";
import { snapshotHash } from "../../review/canonical";
import { signEntry } from "../../review/identity";
import { type ReturnBody, travelling } from "../../review/message";
import { type LinkAdvice, outgoing } from "../../review/share";
import type { Verdict } from "../../review/thread";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { fileStamp } from "../common/files";
import { when } from "../review/CommentItem";
import { OutgoingDialog } from "../review/LinkOutput";
import { ReviewAside, ReviewToggle } from "../review/ReviewPanel";
import { storedReviewerName } from "../review/reviewerName";
import { identityFor, KEY_FAILURE } from "../review/useIdentity";
import { type ReviewThread, useReviewThread } from "../review/useReviewThread";

interface UnitReviewProps {
  drafts: DraftRepository;
  /** The review record of this unit's notes (`unitNotesId`). */
  notesId: string;
  unit: string;
  read: ReadReport;
}

/**
 * The office's 审阅意见 on a unit's file, in the unit's read-only view: the reviewer's panel (comments on the report, a
 * section, a cell, a finding; verdicts), reviewing the report exactly as read from the file (its hash).
 */
export function UnitReview(props: UnitReviewProps) {
  const { read } = props;
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void snapshotHash(read.report).then((h) => live && setHash(h));
    return () => {
      live = false;
    };
  }, [read]);
  // Stable while the file is the same: the thread reloads when what it reviews changes.
  const reviewOf = useMemo<ReviewOf | null>(
    () =>
      hash ? { draftId: read.draftId ?? "", revision: 0, snapshotHash: hash, sharedAt: read.file.receivedAt } : null,
    [hash, read],
  );
  return reviewOf ? <UnitThread {...props} reviewOf={reviewOf} /> : null;
}

function UnitThread({ drafts, notesId, unit, read, reviewOf }: UnitReviewProps & { reviewOf: ReviewOf }) {
  const thread = useReviewThread(drafts, notesId, reviewOf);
  const { record, open, setOpen, update, loadFailure, aside } = thread;
  if (!record) return null;
  return (
    <>
      <ReviewToggle thread={thread} />
      <ReturnButton
        drafts={drafts}
        unit={unit}
        read={read}
        reviewOf={reviewOf}
        verdict={aside.verdict}
        count={aside.comments.length}
        entries={record.entries}
        update={update}
      />
      {loadFailure}
      {open && (
        <ErrorBoundary what="审阅意见">
          <ReviewAside
            record={record}
            {...aside}
            note={`这是${unit}报送的文件“${read.file.fileName}”（${when(read.file.receivedAt)}收到，只读）。`}
            onClose={() => setOpen(false)}
          />
        </ErrorBoundary>
      )}
    </>
  );
}

interface Returned {
  link: string;
  advice: LinkAdvice;
  fileText: string;
  fileName: string;
  approved: boolean;
}

interface ReturnButtonProps {
  drafts: DraftRepository;
  unit: string;
  read: ReadReport;
  reviewOf: ReviewOf;
  verdict: Verdict | null;
  count: number;
  entries: ReturnBody["entries"];
  update: ReviewThread["update"];
}

/**
 * 退回意见 from the 汇总: the whole thread, signed, as a link and a file for the unit's clerk. Without a verdict on
 * this file the office's return is 退回修改 (a verdict entry is signed first). The report as read is kept as the
 * reviewed snapshot, so the unit's next file shows what changed since.
 */
function ReturnButton({ drafts, unit, read, reviewOf, verdict, count, entries, update }: ReturnButtonProps) {
  const [returned, setReturned] = useState<Returned | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hash = reviewOf.snapshotHash;
  const send = async () => {
    const reviewer = storedReviewerName();
    if (!reviewer) {
      setProblem("请先点“审阅意见”，填写您的姓名（意见的署名），再退回意见。");
      return;
    }
    const identity = await identityFor(drafts).catch(() => null);
    if (!identity) {
      setProblem(KEY_FAILURE);
      return;
    }
    const now = new Date();
    const verdictEntry =
      verdict?.snapshotHash === hash
        ? []
        : [await signEntry(identity, reviewer, null, { kind: "verdict", status: "returned", snapshotHash: hash }, now)];
    const at = now.toISOString();
    const stored = await update({
      entries: verdictEntry,
      reviewed: [{ hash, at }],
      shares: [{ revision: 0, snapshotHash: hash, sharedAt: read.file.receivedAt, report: read.report }],
    });
    setProblem(stored);
    if (stored) return;
    const body: ReturnBody = {
      kind: "return",
      draftId: read.draftId,
      organ: read.report.meta.organ,
      year: read.report.meta.year,
      fileName: read.file.fileName,
      reviewedHash: hash,
      ...(read.submitted ? {} : { report: read.report }),
      reviewer,
      handedBackAt: at,
      entries: travelling([...entries, ...verdictEntry]),
    };
    setReturned({
      ...(await outgoing(window.location.href, body, identity)),
      fileName: `审阅意见-${unit}-${fileStamp(now)}.json`,
      approved: verdict?.snapshotHash === hash && verdict.status === "approved",
    });
  };
  return (
    <>
      <button type="button" onClick={() => void send()}>
        退回意见
      </button>
      {problem && <span role="alert">{problem}</span>}
      {returned && (
        <OutgoingDialog
          title={`退回${unit}的报告`}
          onClose={() => setReturned(null)}
          outgoing={returned}
          carries="您的审阅意见（含所评论内容的位置）"
          fileLabel="下载意见文件"
        >
          <p>
            共 {count} 条意见，审阅结论：{returned.approved ? "已通过" : "退回修改"}
            。请把链接或文件发给{unit}的填报人；填报人在填写这份报告的浏览器中打开后，意见会显示在其草稿的对应位置
            {read.draftId
              ? ""
              : "（这个文件没有记录草稿编号，填报人的浏览器按机关名称和年度找到草稿，找不到唯一一份时请填报人选择）"}
            。
          </p>
        </OutgoingDialog>
      )}
    </>
  );
}
