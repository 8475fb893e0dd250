import { useCallback, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../checks";
import type { ReviewOf, ReviewRecord, ReviewUpdate } from "../../drafts";
import {
  addReply,
  type Comment,
  type CommentTarget,
  DISPOSITION_LABEL,
  type Disposition,
  setResolved,
} from "../../review/model";
import { SECTIONS } from "../../template";
import { ChangesSince } from "./ChangesSince";
import { CommentItem, when } from "./CommentItem";
import { rememberReviewerName, storedReviewerName } from "./reviewerName";
import { fieldTargetOf, findingTargetOf, targetLabel } from "./targets";

interface ReviewAsideProps {
  record: ReviewRecord;
  reviewOf: ReviewOf | null;
  findings: readonly Finding[];
  /** The dispositions whose finding still stands. */
  active: readonly Disposition[];
  /** Stores a change; resolves to null when stored, or to the message saying what failed. */
  update: (change: ReviewUpdate) => Promise<string | null>;
  onClose: () => void;
}

const FIELD = "__field";
const FINDING = "__finding";

/** The 审阅意见 side panel: the comment form, the comments, dispositions and the changes since the review. */
export function ReviewAside({ record, reviewOf, findings, active, update, onClose }: ReviewAsideProps) {
  const snapshot = record.shares.find((s) => s.snapshotHash === record.reviewedHash);
  const [failure, setFailure] = useState<string | null>(null);
  /** True when stored; otherwise the failure is shown and the caller keeps what was typed. */
  const save = useCallback(
    async (change: ReviewUpdate) => {
      const problem = await update(change);
      setFailure(problem);
      return problem === null;
    },
    [update],
  );
  // The list re-renders only when the comments or the findings they point at change, not on every keystroke, and
  // shows a page at a time: a draft may carry thousands of comments, and each one shown costs layout per keystroke.
  const [shown, setShown] = useState(COMMENT_PAGE);
  const visible = record.comments.slice(0, shown);
  const me = storedReviewerName();
  const canWrite = me !== "";
  const messageOf = (c: Comment) =>
    c.target.kind === "finding" ? findings.find((f) => f.fingerprint === fingerprintOf(c))?.message : undefined;
  const messagesKey = visible.map((c) => messageOf(c) ?? "").join("\u0000");
  // biome-ignore lint/correctness/useExhaustiveDependencies: messagesKey stands for what messageOf reads of the findings
  const list = useMemo(
    () =>
      visible.map((c) => (
        <CommentItem
          key={c.id}
          comment={c}
          findingMessage={messageOf(c)}
          canWrite={canWrite}
          onReply={(text) => replyTo(c, text, save)}
          onResolved={(resolved) => void save({ comments: setResolved([c], c.id, resolved) })}
          onDelete={canWrite && c.author === me ? () => save({ deleteComments: [c.id] }) : undefined}
        />
      )),
    [record.comments, shown, messagesKey, canWrite, me, save],
  );
  return (
    <aside className="review-panel" aria-label="审阅意见">
      <header className="review-panel-header">
        <h2>审阅意见</h2>
        <button type="button" onClick={onClose}>
          收起
        </button>
      </header>
      {reviewOf && (
        <p className="review-note">
          这是 {when(reviewOf.sharedAt)} 分享的报告的只读审阅副本。点击报告中的单元格、段落或检查结果，再在下面写意见。
        </p>
      )}
      {failure && (
        <p className="review-failure" role="alert">
          {failure}
        </p>
      )}
      <CommentForm
        reviewing={reviewOf !== null}
        findingMessage={(fp) => findings.find((f) => f.fingerprint === fp)?.message}
        onComment={(comment) => save({ comments: [comment] })}
        onDisposition={(d) => save({ dispositions: [d] })}
      />
      {!reviewOf && record.reviewedHash && <ChangesSince snapshot={snapshot} />}
      <section aria-label="意见列表">
        <h3>意见（{record.comments.length}）</h3>
        {record.comments.length === 0 && <p className="review-note">还没有意见。</p>}
        <ul className="review-comments">{list}</ul>
        {record.comments.length > shown && (
          <button type="button" onClick={() => setShown(shown + COMMENT_PAGE)}>
            再显示{Math.min(COMMENT_PAGE, record.comments.length - shown)}条（已显示{shown}条，共
            {record.comments.length}条）
          </button>
        )}
      </section>
      {record.dispositions.length > 0 && (
        <section aria-label="检查结果的处理">
          <h3>检查结果的处理</h3>
          <ul className="review-dispositions">
            {record.dispositions.map((d) => (
              <li key={d.fingerprint}>
                <strong>{DISPOSITION_LABEL[d.status]}</strong>：
                {findings.find((f) => f.fingerprint === d.fingerprint)?.message ?? d.checkId}
                <p className="review-meta">
                  {d.author} · {when(d.at)} · 理由：{d.reason}
                </p>
                {!active.includes(d) && <p className="review-note">相关数字已改动，这条处理不再适用，请重新检查。</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

/** Comments shown at once; 再显示 adds as many again. */
const COMMENT_PAGE = 50;

const fingerprintOf = (c: Comment) => (c.target.kind === "finding" ? c.target.fingerprint : "");

function replyTo(comment: Comment, text: string, save: (change: ReviewUpdate) => Promise<boolean>) {
  const reply = { id: crypto.randomUUID(), author: storedReviewerName(), at: new Date().toISOString(), text };
  return save({ comments: addReply([comment], comment.id, reply) });
}

interface CommentFormProps {
  reviewing: boolean;
  findingMessage: (fingerprint: string) => string | undefined;
  /** Resolves to whether it was stored: the form is cleared only then. */
  onComment: (comment: Comment) => Promise<boolean>;
  onDisposition: (disposition: Disposition) => Promise<boolean>;
}

/** Name (asked once), what the comment is about (the last field, cell or finding focused, or a section), text. */
function CommentForm({ reviewing, findingMessage, onComment, onDisposition }: CommentFormProps) {
  const [name, setName] = useState(storedReviewerName);
  const [nameDraft, setNameDraft] = useState("");
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

  if (!name) {
    return (
      <div className="review-form">
        <label>
          您的姓名（意见和回复的署名，本浏览器会记住）
          <input value={nameDraft} onChange={(e) => setNameDraft(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!nameDraft.trim()}
          onClick={() => {
            rememberReviewerName(nameDraft.trim());
            setName(nameDraft.trim());
          }}
        >
          保存姓名
        </button>
      </div>
    );
  }

  const target: CommentTarget | null =
    choice === FIELD ? field : choice === FINDING ? finding : { kind: "section", section: choice };
  const stamp = () => ({ author: name, at: new Date().toISOString() });
  const comment = async () => {
    if (!target) {
      setProblem("请先点击报告中要评论的单元格、段落或检查结果，或在上面选择一个章节。");
      return;
    }
    const stored = await onComment({
      id: crypto.randomUUID(),
      target,
      text: text.trim(),
      resolved: false,
      replies: [],
      ...stamp(),
    });
    if (!stored) return;
    setText("");
    setProblem(null);
  };
  const dispose = async (status: Disposition["status"]) => {
    if (target?.kind !== "finding") return;
    if (!reason.trim()) {
      setProblem(`请先填写理由，再标记为“${DISPOSITION_LABEL[status]}”。`);
      return;
    }
    const { fingerprint, checkId } = target;
    if (!(await onDisposition({ fingerprint, checkId, status, reason: reason.trim(), ...stamp() }))) return;
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
      <button type="button" disabled={!text.trim()} onClick={comment}>
        添加评论
      </button>
      {reviewing && target?.kind === "finding" && (
        <div className="review-disposition">
          <label>
            处理理由
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" onClick={() => void dispose("confirmed")}>
            标记为已确认
          </button>
          <button type="button" onClick={() => void dispose("notApplicable")}>
            标记为不适用
          </button>
        </div>
      )}
      {problem && (
        <p className="review-warning" role="alert">
          {problem}
        </p>
      )}
      <p className="review-meta">署名：{name}</p>
    </div>
  );
}
