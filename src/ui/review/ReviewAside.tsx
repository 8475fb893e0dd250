import { useCallback, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useWatch } from "react-hook-form";
import type { Finding } from "../../checks";
import { type DraftRepository, type ReviewOf, type ReviewRecord, type ReviewUpdate, reviewedHash } from "../../drafts";
import type { EntryBody } from "../../review/entry";
import { type Identity, signEntry } from "../../review/identity";
import { type CommentTarget, DISPOSITION_LABEL, type Disposition } from "../../review/model";
import type { ThreadComment, Verdict } from "../../review/thread";
import { SECTIONS } from "../../template";
import type { LoadOnFirstUse } from "../common/firstUse";
import { REVIEW_DOCK_ID } from "../editor/reviewDock";
import { ChangesSince } from "./ChangesSince";
import { CommentedWord } from "./CommentedWord";
import { CommentItem, signature, when } from "./CommentItem";
import { ReviewState } from "./ReviewState";
import { rememberReviewerName, storedReviewerName } from "./reviewerName";
import { fieldTargetOf, findingTargetOf, targetLabel } from "./targets";
import { Versions } from "./Versions";

interface ReviewAsideProps {
  repo: DraftRepository;
  /** Loads code on first use; the panel (ReviewPanel) shows when that fails. */
  load: LoadOnFirstUse;
  draftId: string;
  record: ReviewRecord;
  comments: readonly ThreadComment[];
  dispositions: readonly Disposition[];
  verdict: Verdict | null;
  /** This browser's signing key (null while it loads or when storage refused it: then `keyFailure` says so). */
  identity: Identity | null;
  keyFailure: string | null;
  /** The draft owner's key: the clerk, whose resolutions count beside the comment author's. */
  owner: string | null;
  reviewOf: ReviewOf | null;
  findings: readonly Finding[];
  /** The dispositions whose finding still stands. */
  active: readonly Disposition[];
  /** Stores a change; resolves to null when stored, or to the message saying what failed. */
  update: (change: ReviewUpdate) => Promise<string | null>;
  onClose: () => void;
  /** What is being reviewed, when not a shared copy (the 汇总's notes on a unit's file). */
  note?: string;
}

const FIELD = "__field";
const FINDING = "__finding";

/** What one person may do in the thread, signed with this browser's key under their name. */
export interface Writer {
  key: string;
  owner: string | null;
  /** Signs and stores one entry; resolves to whether it was stored (the typed text is kept otherwise). */
  write: (on: string | null, body: EntryBody) => Promise<boolean>;
}

/** The 审阅意见 side panel: the comment form, the comments, dispositions and the changes since the review. */
export function ReviewAside(props: ReviewAsideProps) {
  const { record, comments, dispositions, verdict, identity, keyFailure, owner, reviewOf, findings, active, update } =
    props;
  const latestShared = reviewOf ? reviewOf.snapshotHash : (record.shares.at(-1)?.snapshotHash ?? null);
  const snapshotHash = reviewedHash(record);
  const snapshot = record.shares.find((s) => s.snapshotHash === snapshotHash);
  const [failure, setFailure] = useState<string | null>(null);
  const [versionsShown, setVersionsShown] = useState(false);
  // The clerk signs with her body's name (基本信息); a reviewer gives a name once, kept in this browser.
  const organ = useWatch({ name: "meta.organ" }) as string | undefined;
  const [reviewerName, setReviewerName] = useState(storedReviewerName);
  const name = reviewOf ? reviewerName : organ?.trim() || "填报单位";
  const write = useCallback(
    async (on: string | null, body: EntryBody) => {
      if (!identity) return false;
      const problem = await update({ entries: [await signEntry(identity, name, on, body, new Date())] });
      setFailure(problem);
      return problem === null;
    },
    [identity, name, update],
  );
  const writer: Writer | null = identity && name ? { key: identity.key, owner, write } : null;
  // The list re-renders only when the comments or the findings they point at change, not on every keystroke, and
  // shows a page at a time: a draft may carry thousands of comments, and each one shown costs layout per keystroke.
  const [shown, setShown] = useState(COMMENT_PAGE);
  const visible = comments.slice(0, shown);
  const messageOf = (c: ThreadComment) =>
    c.target.kind === "finding" ? findings.find((f) => f.fingerprint === fingerprintOf(c))?.message : undefined;
  const messagesKey = visible.map((c) => messageOf(c) ?? "").join("\u0000");
  // biome-ignore lint/correctness/useExhaustiveDependencies: messagesKey stands for what messageOf reads of the findings
  const list = useMemo(
    () => visible.map((c) => <CommentItem key={c.id} comment={c} findingMessage={messageOf(c)} writer={writer} />),
    [comments, shown, messagesKey, writer?.key, writer?.owner, write],
  );
  // Docked in the editor's side column (REVIEW_DOCK_ID), beside the form, not floating over it.
  const dock = document.getElementById(REVIEW_DOCK_ID);
  const panel = (
    <aside className="review-panel" aria-label="审阅意见">
      <header className="review-panel-header">
        <h2>审阅意见</h2>
        <button type="button" onClick={props.onClose}>
          收起
        </button>
      </header>
      {reviewOf && (
        <p className="review-note">
          {props.note ?? `这是 ${when(reviewOf.sharedAt)} 分享的报告的只读审阅副本。`}
          点击报告中的单元格、段落或检查结果，再在下面写意见。
        </p>
      )}
      {(failure ?? keyFailure) && (
        <p className="review-failure" role="alert">
          {failure ?? keyFailure}
        </p>
      )}
      <ReviewState
        verdict={verdict}
        shares={record.shares}
        latestShared={latestShared}
        reviewing={reviewOf ? { writer, snapshotHash: reviewOf.snapshotHash } : null}
      />
      {reviewOf && !reviewerName ? (
        <NameForm
          onName={(given) => {
            rememberReviewerName(given);
            setReviewerName(given);
          }}
        />
      ) : (
        <CommentForm
          reviewing={reviewOf !== null}
          findingMessage={(fp) => findings.find((f) => f.fingerprint === fp)?.message}
          write={writer?.write ?? null}
          signedAs={identity ? signature({ name, key: identity.key }) : "（正在准备签名密钥）"}
        />
      )}
      {snapshotHash && (
        <ChangesSince
          snapshot={snapshot}
          label={reviewOf ? "自我上次审阅以来的修改" : "自审阅版本以来的修改"}
          none={reviewOf ? "您上次退回意见之后，填报人还没有修改。" : "审阅人看过的版本之后，还没有修改。"}
        />
      )}
      {versionsShown ? (
        <Versions repo={props.repo} draftId={props.draftId} record={record} onClose={() => setVersionsShown(false)} />
      ) : (
        <button type="button" onClick={() => setVersionsShown(true)}>
          版本与比较
        </button>
      )}
      <section aria-label="意见列表">
        <h3>意见（{comments.length}）</h3>
        <CommentedWord comments={comments} findings={findings} load={props.load} />
        {comments.length === 0 && <p className="review-note">还没有意见。</p>}
        <ul className="review-comments">{list}</ul>
        {comments.length > shown && (
          <button type="button" onClick={() => setShown(shown + COMMENT_PAGE)}>
            再显示{Math.min(COMMENT_PAGE, comments.length - shown)}条（已显示{shown}条，共{comments.length}条）
          </button>
        )}
      </section>
      {dispositions.length > 0 && (
        <section aria-label="检查结果的处理">
          <h3>检查结果的处理</h3>
          <ul className="review-dispositions">
            {dispositions.map((d) => (
              <li key={d.fingerprint}>
                <strong>{DISPOSITION_LABEL[d.status]}</strong>：
                {findings.find((f) => f.fingerprint === d.fingerprint)?.message ?? d.checkId}
                <p className="review-meta">
                  {signature(d.author)} · {when(d.at)} · 理由：{d.reason}
                </p>
                {!active.includes(d) && <p className="review-note">相关数字已改动，这条处理不再适用，请重新检查。</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
  return dock ? createPortal(panel, dock) : panel;
}

/** Comments shown at once; 再显示 adds as many again. */
const COMMENT_PAGE = 50;

const fingerprintOf = (c: ThreadComment) => (c.target.kind === "finding" ? c.target.fingerprint : "");

/** A reviewer's name, asked once (the clerk signs with her body's name and is never asked). */
function NameForm({ onName }: { onName: (name: string) => void }) {
  const [draft, setDraft] = useState("");
  return (
    <div className="review-form">
      <label>
        您的姓名（意见和回复的署名，本浏览器会记住）
        <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="button" disabled={!draft.trim()} onClick={() => onName(draft.trim())}>
        保存姓名
      </button>
    </div>
  );
}

interface CommentFormProps {
  reviewing: boolean;
  findingMessage: (fingerprint: string) => string | undefined;
  /** Null until the signing key is ready. */
  write: Writer["write"] | null;
  signedAs: string;
}

/** What the comment is about (the last field, cell or finding focused, or a section), and its text. */
function CommentForm({ reviewing, findingMessage, write, signedAs }: CommentFormProps) {
  const [field, setField] = useState<CommentTarget | null>(null);
  const [finding, setFinding] = useState<CommentTarget | null>(null);
  const [choice, setChoice] = useState(FIELD);
  const [text, setText] = useState("");
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? fieldTargetOf(event.target) : null;
      if (!target) return;
      setField(target);
      setChoice(FIELD);
    };
    // Clicking a finding moves the focus to its cell; the click arrives after that, so the finding wins.
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? findingTargetOf(event.target) : null;
      if (!target) return;
      setFinding(target);
      setChoice(FINDING);
    };
    document.addEventListener("focusin", onFocus);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("click", onClick);
    };
  }, []);

  const target: CommentTarget | null =
    choice === FIELD ? field : choice === FINDING ? finding : { kind: "section", section: choice };
  const comment = async () => {
    if (!target) {
      setProblem("请先点击报告中要评论的单元格、段落或检查结果，或在上面选择一个章节。");
      return;
    }
    if (!write || !(await write(null, { kind: "comment", target, text: text.trim() }))) return;
    setText("");
    setProblem(null);
  };
  const dispose = async (status: Disposition["status"]) => {
    if (target?.kind !== "finding") return;
    if (!reason.trim()) {
      setProblem(`请先填写理由，再标记为“${DISPOSITION_LABEL[status]}”。`);
      return;
    }
    const { fingerprint: fp, checkId } = target;
    if (
      !write ||
      !(await write(null, { kind: "disposition", fingerprint: fp, checkId, status, reason: reason.trim() }))
    )
      return;
    setReason("");
    setProblem(null);
  };
  return (
    <div className="review-form">
      <label>
        评论对象
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={FIELD}>
            {field ? `当前单元格或段落：${targetLabel(field)}` : "（请先点击报告中的单元格或段落）"}
          </option>
          {finding?.kind === "finding" && (
            <option value={FINDING}>{targetLabel(finding, findingMessage(finding.fingerprint))}</option>
          )}
          {SECTIONS.map((s) => (
            <option key={s.key} value={s.key}>
              章节：{s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        评论内容
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={!text.trim() || !write} onClick={comment}>
        添加评论
      </button>
      {reviewing && target?.kind === "finding" && (
        <div className="review-disposition">
          <label>
            处理理由
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" disabled={!write} onClick={() => void dispose("confirmed")}>
            标记为已确认
          </button>
          <button type="button" disabled={!write} onClick={() => void dispose("notApplicable")}>
            标记为不适用
          </button>
        </div>
      )}
      {problem && (
        <p className="review-warning" role="alert">
          {problem}
        </p>
      )}
      <p className="review-meta">署名：{signedAs}</p>
    </div>
  );
}
