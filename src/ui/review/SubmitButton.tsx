import { useCallback, useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import type { CheckContext } from "../../checks";
import type { DraftRepository, ReadSubmissions } from "../../drafts";
import type { Report } from "../../report";
import { diffReports } from "../../review/diff";
import type { Submission } from "../../review/submission";
import { lazyView } from "../common/firstUse";

interface SubmitButtonProps {
  repo: DraftRepository;
  draftId: string;
  currentReport: () => Report | null;
  checkContext: CheckContext;
}

// The dialog (reasons, signing, the word-level changes since 定稿) loads when 定稿 is first clicked.
const SubmitDialog = lazyView(() => import("./SubmitDialog").then((m) => m.SubmitDialog));

const READ_FAILED = "无法从浏览器读取这份草稿的定稿记录，暂时不能定稿。请刷新页面重试；报告本身不受影响。";

/** 已定稿（第 N 版） while the report is what was finalised, 定稿后已修改 once it differs. */
function SubmissionStatus({ latest, onShow }: { latest: Submission; onShow: () => void }) {
  const current = useWatch() as Report;
  const changed = diffReports(latest.report, current).length > 0;
  return (
    <button type="button" className="submission-status" data-changed={changed} onClick={onShow}>
      {changed ? "定稿后已修改" : `已定稿（第 ${latest.version} 版）`}
    </button>
  );
}

/** The toolbar's 定稿: the dialog, and what state the draft is in against its latest 定稿. */
export function SubmitButton({ repo, draftId, currentReport, checkContext }: SubmitButtonProps) {
  const [record, setRecord] = useState<ReadSubmissions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // Reasons typed so far stay when the dialog is closed and opened again.
  const [reasons, setReasons] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    repo.submissions(draftId).then(
      (read) => {
        setRecord(read);
        const latest = read.submissions.at(-1);
        // A new 定稿 starts from the reasons given last time, for the findings still open.
        if (latest) setReasons(new Map(latest.reasons.map((r) => [r.fingerprint, r.reason])));
      },
      (error: unknown) => {
        console.error("reading submissions failed", error);
        setFailure(READ_FAILED);
      },
    );
  }, [repo, draftId]);
  const close = useCallback(() => setOpen(false), []);
  const latest = record?.submissions.at(-1);
  return (
    <>
      <button type="button" aria-haspopup="dialog" disabled={!record} onClick={() => setOpen(true)}>
        定稿
      </button>
      {latest && <SubmissionStatus latest={latest} onShow={() => setOpen(true)} />}
      {failure && <p role="alert">{failure}</p>}
      {open && record && (
        <SubmitDialog
          repo={repo}
          draftId={draftId}
          record={record}
          reasons={reasons}
          onReasons={setReasons}
          currentReport={currentReport}
          checkContext={checkContext}
          onStored={(submissions) => setRecord({ kind: "ok", submissions, intact: true })}
          onClose={close}
        />
      )}
    </>
  );
}
