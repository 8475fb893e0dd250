import { useState } from "react";
import type { Comment } from "../../review/model";
import { targetElement, targetLabel } from "./targets";

export function when(at: string): string {
  return new Date(at).toLocaleString("zh-CN", { hour12: false });
}

interface CommentItemProps {
  comment: Comment;
  findingMessage?: string;
  canWrite: boolean;
  /** Resolves to whether the reply was stored: the box is cleared only then. */
  onReply: (text: string) => Promise<boolean>;
  onResolved: (resolved: boolean) => void;
  /** Set when the person here wrote the comment: they may delete it (after confirming in place). */
  onDelete?: () => Promise<boolean>;
}

/** One comment: where it points, who wrote it when, its replies, and 回复 / 标记已解决 / 重新打开. */
export function CommentItem({ comment, findingMessage, canWrite, onReply, onResolved, onDelete }: CommentItemProps) {
  const [reply, setReply] = useState("");
  const [confirming, setConfirming] = useState(false);
  const label = targetLabel(comment.target, findingMessage);
  const locate = () => {
    const element = targetElement(comment.target);
    element?.scrollIntoView({ block: "center" });
    element?.focus();
  };
  return (
    <li className={comment.resolved ? "review-comment resolved" : "review-comment"} data-comment-target={label}>
      <button type="button" className="review-target" onClick={locate} title="转到评论的位置">
        {label}
      </button>
      <p className="review-meta">
        {comment.author} · {when(comment.at)}
        {comment.resolved && " · 已解决"}
      </p>
      <p className="review-text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ul className="review-replies">
          {comment.replies.map((r) => (
            <li key={r.id}>
              <p className="review-meta">
                {r.author} · {when(r.at)}
              </p>
              <p className="review-text">{r.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <div className="review-comment-actions">
          <textarea aria-label={`回复：${label}`} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
          <button
            type="button"
            disabled={!reply.trim()}
            onClick={() => {
              void onReply(reply.trim()).then((stored) => stored && setReply(""));
            }}
          >
            回复
          </button>
          <button type="button" onClick={() => onResolved(!comment.resolved)}>
            {comment.resolved ? "重新打开" : "标记已解决"}
          </button>
          {onDelete && !confirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              删除
            </button>
          )}
          {onDelete && confirming && (
            <span className="review-confirm">
              删除后无法恢复（回复也一并删除）。
              <button type="button" onClick={() => void onDelete().then((done) => !done && setConfirming(false))}>
                确认删除
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                取消
              </button>
            </span>
          )}
        </div>
      )}
    </li>
  );
}
