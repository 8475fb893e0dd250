import { useState } from "react";
import { announce, type DraftRepository, writeFailureMessage } from "../../drafts";
import type { Report } from "../../report";
import type { LinkAdvice } from "../../review/share";
import { fileStamp } from "../common/files";
import { useOnFirstUse } from "../common/firstUse";
import { OutgoingDialog } from "./LinkOutput";
import { loadReview } from "./loadReview";
import { identityFor, KEY_FAILURE } from "./useIdentity";

interface ShareButtonProps {
  repo: DraftRepository;
  draftId: string;
  revision: number;
  currentReport: () => Report | null;
}

interface Shared {
  link: string;
  advice: LinkAdvice;
  fileText: string;
  fileName: string;
  /** Set when this share's snapshot could not be kept here (so 自分享以来的修改 will not be shown for it). */
  notKept: string | null;
}

/**
 * 分享: keeps a snapshot of this revision (to show later what changed since), then offers a link and a file with the
 * report and the review thread, signed with this browser's key.
 */
export function ShareButton({ repo, draftId, revision, currentReport }: ShareButtonProps) {
  const [shared, setShared] = useState<Shared | null>(null);
  const { load, failure } = useOnFirstUse();
  const [problem, setProblem] = useState<string | null>(null);
  const share = async () => {
    const report = currentReport();
    if (!report) return;
    const review = await load(loadReview, () => void share());
    if (!review) return;
    const now = new Date();
    // The thread as stored now: the clerk's replies and resolutions travel with the report.
    const [identity, record] = await Promise.all([identityFor(repo).catch(() => null), repo.review(draftId)]);
    setProblem(identity ? null : KEY_FAILURE);
    if (!identity) return;
    const body = await review.shareBody(draftId, revision, report, record.entries, now);
    const { snapshotHash, sharedAt } = body;
    // The link and the file do not depend on storage: a full disk only costs the "changes since" view.
    const notKept = await repo.updateReview(draftId, { shares: [{ revision, snapshotHash, sharedAt, report }] }).then(
      // The panel's state (待审阅 after a new share) follows the stored record.
      () => {
        announce({ type: "review-changed", id: draftId });
        return null;
      },
      (error: unknown) =>
        writeFailureMessage(
          "在本机记下这次分享的版本",
          error,
          "链接和文件照常可用，只是退回意见后无法显示“自分享以来的修改”",
        ),
    );
    const organ = report.meta.organ || "年报";
    setShared({
      ...(await review.outgoing(window.location.href, body, identity)),
      fileName: `${organ}-审阅分享-${fileStamp(now)}.json`,
      notKept,
    });
  };
  return (
    <>
      <button type="button" onClick={() => void share()}>
        分享
      </button>
      {failure}
      {problem && <p role="alert">{problem}</p>}
      {shared && (
        <OutgoingDialog
          title="分享给审阅人"
          onClose={() => setShared(null)}
          outgoing={shared}
          carries="整份报告"
          fileLabel="下载分享文件"
        >
          <p>
            审阅人打开链接或文件后，得到一份只读的审阅副本，可以在上面写意见，再用“退回意见”发回给您。您这边的草稿不会被改动。
          </p>
          {shared.notKept && <p role="alert">{shared.notKept}</p>}
        </OutgoingDialog>
      )}
    </>
  );
}
