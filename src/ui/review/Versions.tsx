import { useEffect, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import type { DraftRepository, ReviewRecord } from "../../drafts";
import type { Report } from "../../report";
import { snapshotHash } from "../../review/canonical";
import type { Submission } from "../../review/submission";
import { listVersions, type ReportVersion } from "../../review/versions";
import { ChangesList } from "./ChangesSince";
import { when } from "./CommentItem";

interface VersionsProps {
  repo: DraftRepository;
  draftId: string;
  record: ReviewRecord;
  onClose: () => void;
}

const GONE = "（内容已不在本机保存）";
const hashPrefix = (v: ReportVersion) => (v.hash ? v.hash.slice(0, 8) : "计算中");
const optionText = (v: ReportVersion, i: number) =>
  `${i + 1}. ${v.label}${v.at ? ` · ${when(v.at)}` : ""}${v.report ? "" : GONE}`;

/**
 * 版本: every version the review kept (shares, what each hand-back and approval was about, 定稿, the content now),
 * and the changes between any two of them, older → newer, marked word by word.
 */
export function Versions({ repo, draftId, record, onClose }: VersionsProps) {
  const current = useWatch() as Report;
  const [submissions, setSubmissions] = useState<readonly Submission[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [currentHash, setCurrentHash] = useState<string | null>(null);
  useEffect(() => {
    repo.submissions(draftId).then(
      (read) => setSubmissions(read.submissions),
      (error: unknown) => {
        console.error("reading submissions failed", error);
        setFailure("无法读取这份草稿的定稿记录，版本列表中暂不包括定稿的版本。请刷新页面重试。");
      },
    );
  }, [repo, draftId]);
  useEffect(() => {
    let live = true;
    setCurrentHash(null);
    void snapshotHash(current).then((hash) => live && setCurrentHash(hash));
    return () => {
      live = false;
    };
  }, [current]);
  const versions = useMemo(
    () =>
      listVersions({
        shares: record.shares,
        reviewed: record.reviewed,
        entries: record.entries,
        submissions,
        current: { report: current, hash: currentHash },
      }),
    [record, submissions, current, currentHash],
  );
  const comparable = versions.filter((v) => v.report);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  // By default: the newest kept version before the current content, against the current content.
  const fromId = from ?? comparable.at(-2)?.id ?? null;
  const toId = to ?? comparable.at(-1)?.id ?? null;
  const index = (id: string | null) => versions.findIndex((v) => v.id === id);
  const [older, newer] = [index(fromId), index(toId)].sort((a, b) => a - b).map((i) => versions[i]);
  const select = (label: string, value: string | null, onChange: (id: string) => void) => (
    <label>
      {label}
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v, i) => (
          <option key={v.id} value={v.id} disabled={!v.report}>
            {optionText(v, i)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-label="版本" className="review-versions">
      <header className="review-panel-header">
        <h3>版本（{versions.length}）</h3>
        <button type="button" onClick={onClose}>
          收起版本
        </button>
      </header>
      {failure && <p className="review-failure">{failure}</p>}
      <ol className="review-version-list">
        {versions.map((v) => (
          <li key={v.id} data-kind={v.kind}>
            <strong>{v.label}</strong> · {v.at ? when(v.at) : "现在"} · {v.who} · {hashPrefix(v)}
            {!v.report && <span className="review-note">{GONE}</span>}
          </li>
        ))}
      </ol>
      {comparable.length < 2 ? (
        <p className="review-note">分享、退回意见、通过或定稿之后，这里可以选两个版本比较。</p>
      ) : (
        <div className="review-compare">
          {select("比较：从", fromId, setFrom)}
          {select("到", toId, setTo)}
          {older && newer && older !== newer ? (
            <section aria-label="两个版本之间的修改">
              <h4>
                从“{older.label}”到“{newer.label}”的修改
              </h4>
              <ChangesList
                before={older.report as Report}
                after={newer.report as Report}
                none="这两个版本的内容相同。"
              />
            </section>
          ) : (
            <p className="review-note">请选择两个不同的版本。</p>
          )}
        </div>
      )}
    </section>
  );
}
