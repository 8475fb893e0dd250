import { useState } from "react";
import { useWatch } from "react-hook-form";
import { type CheckContext, kindOf, runChecks } from "../../checks";
import { type DraftRepository, type ReadSubmissions, writeFailureMessage } from "../../drafts";
import type { Report } from "../../report";
import { diffReports } from "../../review/diff";
import { makeSubmission, needsReason, reasonKey, type Submission, submissionFileText } from "../../review/submission";
import { Dialog } from "../common/Dialog";
import { downloadText } from "../common/files";
import { useFindings } from "../editor/findingsContext";
import { ChangesSince } from "./ChangesSince";
import { signature, when } from "./CommentItem";
import { identityFor, KEY_FAILURE } from "./useIdentity";
import "./review.css";

interface SubmitDialogProps {
  repo: DraftRepository;
  draftId: string;
  record: ReadSubmissions;
  reasons: ReadonlyMap<string, string>;
  onReasons: (next: ReadonlyMap<string, string>) => void;
  currentReport: () => Report | null;
  checkContext: CheckContext;
  onStored: (submissions: Submission[]) => void;
  onClose: () => void;
}

const KIND_LABEL = { error: "错误", todo: "待填", warning: "警告", info: "提示" } as const;

function fileName(submission: Submission): string {
  const { organ, year } = submission.report.meta;
  return `${organ.trim() || "年报"}-${year ?? ""}年度报告-定稿第${submission.version}版.json`;
}

const exportFile = (submission: Submission, draftId: string) =>
  downloadText(fileName(submission), submissionFileText(submission, draftId));

/**
 * 定稿: every error and to-do still open needs the clerk's reason (kept with the submission, like a note on a
 * report sent despite its findings); then the report is frozen as the next version, signed with the body's name and
 * this browser's key. Earlier versions stay listed and can be exported again.
 */
export function SubmitDialog(props: SubmitDialogProps) {
  const { repo, draftId, record, reasons, onReasons, onClose } = props;
  const current = useWatch() as Report;
  const open = needsReason(useFindings());
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const submissions = record.submissions;
  const latest = submissions.at(-1);
  const changed = latest ? diffReports(latest.report, current).length > 0 : true;

  const submit = async () => {
    const report = props.currentReport();
    if (!report) return;
    setBusy(true);
    try {
      const identity = await identityFor(repo).catch(() => null);
      if (!identity) return setProblem(KEY_FAILURE);
      const result = await makeSubmission({
        report,
        findings: runChecks(report, props.checkContext),
        reasons,
        identity,
        name: report.meta.organ.trim() || "填报单位",
        version: (latest?.version ?? 0) + 1,
        now: new Date(),
      });
      if (!result.ok) {
        setMissing(new Set(result.missing.map(reasonKey)));
        return setProblem(result.message);
      }
      const stored = await repo.addSubmission(draftId, result.submission);
      if (!stored.ok) return setProblem(stored.message);
      setMissing(new Set());
      setProblem(null);
      props.onStored(stored.submissions);
    } catch (error) {
      setProblem(writeFailureMessage("保存定稿", error, "报告内容没有改动，您写的理由仍在框中"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="定稿"
      onClose={onClose}
      wide
      actions={
        <>
          {changed && record.kind === "ok" && (
            <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
              {latest ? `确认定稿（第 ${latest.version + 1} 版）` : "确认定稿"}
            </button>
          )}
          {latest && (
            <button type="button" onClick={() => exportFile(latest, draftId)}>
              导出定稿文件
            </button>
          )}
        </>
      }
    >
      <p>
        定稿把报告现在的内容固定为一个版本，记下它的校验值（哈希）、定稿时间和本单位的签名。请用“导出定稿文件”把文件报送区政务公开办，对方可以核验文件与定稿时完全一致。定稿后仍可修改，修改后请重新定稿。
      </p>
      {record.kind === "newer" && (
        <p role="alert">
          这份草稿的定稿记录由更新版本的年报编制保存（格式版本 {record.version}
          ），本版本只能查看，不能再定稿。请用最新版本打开后再定稿。
        </p>
      )}
      {latest && !changed && (
        <p className="review-note" role="status">
          报告与第 {latest.version} 版定稿完全一致，无需重新定稿。要报送，请点“导出定稿文件”。
        </p>
      )}
      {latest && changed && (
        <div className="submission-changes" data-state="定稿后已修改">
          <p>
            <strong>定稿后已修改</strong>：报告与第 {latest.version}
            版定稿不同了。已报送的是定稿时的版本；请核对下面的修改，确认后重新定稿并再次导出定稿文件。
          </p>
          <ChangesSince snapshot={latest} label={`自第 ${latest.version} 版定稿以来的修改`} none="" />
        </div>
      )}
      {changed && record.kind === "ok" && (
        <section aria-label="定稿前尚未解决的问题">
          {open.length === 0 ? (
            <p>没有错误或待填项，可以定稿。</p>
          ) : (
            <>
              <p>
                还有 {open.length}
                项错误或待填。请先改正；确实需要按现状上报的，请逐项写明理由（理由随定稿文件一起报送给区政务公开办）：
              </p>
              <ol className="submission-reasons">
                {open.map((f) => {
                  const key = reasonKey(f);
                  return (
                    <li key={key} data-fingerprint={key} data-missing={missing.has(key) || undefined}>
                      <p>
                        【{KIND_LABEL[kindOf(f)]}】{f.message}
                      </p>
                      <label>
                        理由
                        <textarea
                          rows={2}
                          value={reasons.get(key) ?? ""}
                          aria-invalid={missing.has(key) || undefined}
                          onChange={(event) => onReasons(new Map(reasons).set(key, event.target.value))}
                        />
                      </label>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </section>
      )}
      {problem && <p role="alert">{problem}</p>}
      {submissions.length > 0 && (
        <section aria-label="定稿版本">
          <h3>定稿版本</h3>
          <ol className="submission-versions">
            {[...submissions].reverse().map((s) => (
              <li key={s.signature} data-version={s.version}>
                第 {s.version} 版 · {when(s.submittedAt)} · 签名：{signature(s.signer)} · 校验值{" "}
                <code>{s.snapshotHash.slice(0, 16)}</code>
                {s.reasons.length > 0 && ` · 附理由 ${s.reasons.length} 条`}{" "}
                <button type="button" onClick={() => exportFile(s, draftId)}>
                  导出第 {s.version} 版
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </Dialog>
  );
}
