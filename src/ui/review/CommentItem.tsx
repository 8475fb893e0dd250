import { useState } from "react";
import type { Author } from "../../review/entry";
import { fingerprint } from "../../review/identity";
import type { ThreadComment, ThreadReply } from "../../review/thread";
import type { Writer } from "./ReviewAside";
import { targetElement, targetLabel } from "./targets";

export function when(at: string): string {
  return new Date(at).toLocaleString("zh-CN", { hour12: false });
}

/** A name with its key's short fingerprint, so two people of the same name (or a pretender) are told apart. */
export function signature(author: Author): string {
  return author.key ? `${author.name}（${fingerprint(author.key)}）` : `${author.name}（升级前的意见，未签名）`;
}

interface CommentItemProps {
  comment: ThreadComment;
  findingMessage?: string;
  /** Null while nobody can sign here (key loading, no name yet): the thread is shown without actions. */
  writer: Writer | null;
}

/** One comment: where it points, who wrote it when, its replies, and what the person here may do with it. */
export function CommentItem({ comment, findingMessage, writer }: CommentItemProps) {
  const [reply, setReply] = useState("");
  const label = targetLabel(comment.target, findingMessage);
  const locate = () => {
    const element = targetElement(comment.target);
    element?.scrollIntoView({ block: "center" });
    element?.focus();
  };
  const canResolve = writer && (writer.key === comment.author.key || writer.key === writer.owner);
  const className = ["review-comment", comment.resolved && "resolved", comment.deleted && "deleted"].filter(Boolean);
  return (
    <li className={className.join(" ")} data-comment-target={label}>
      <button type="button" className="review-target" onClick={locate} title="转到评论的位置">
        {label}
      </button>
      {comment.deleted ? (
        <p className="review-note">（这条意见已被作者删除，下面的回复保留。）</p>
      ) : (
        <Entry entry={comment} writer={writer} what="意见">
          {comment.resolved && comment.resolvedBy && ` · 已解决（${signature(comment.resolvedBy)}）`}
        </Entry>
      )}
      {comment.replies.length > 0 && (
        <ul className="review-replies">
          {comment.replies.map((r) => (
            <li key={r.id}>
              <Entry entry={r} writer={writer} what="回复" />
            </li>
          ))}
        </ul>
      )}
      {writer && !comment.deleted && (
        <div className="review-comment-actions">
          <textarea aria-label={`回复：${label}`} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
          <button
            type="button"
            disabled={!reply.trim()}
            onClick={() => {
              void writer.write(comment.id, { kind: "reply", text: reply.trim() }).then((done) => done && setReply(""));
            }}
          >
            回复
          </button>
          {canResolve && (
            <button
              type="button"
              onClick={() => void writer.write(comment.id, { kind: comment.resolved ? "reopen" : "resolve" })}
            >
              {comment.resolved ? "重新打开" : "标记已解决"}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** A comment's or reply's signature, time and text; its author may change or delete it (confirmed in place). */
function Entry({
  entry,
  writer,
  what,
  children,
}: {
  entry: ThreadReply;
  writer: Writer | null;
  what: "意见" | "回复";
  children?: React.ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mine = writer !== null && entry.author.key === writer.key;
  return (
    <>
      <p className="review-meta">
        {signature(entry.author)} · {when(entry.at)}
        {entry.edited && " · 已修改"}
        {children}
      </p>
      {editing === null ? (
        <p className="review-text">{entry.text}</p>
      ) : (
        <span className="review-edit">
          <textarea aria-label={`修改${what}`} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} />
          <button
            type="button"
            disabled={!editing.trim() || editing.trim() === entry.text}
            onClick={() =>
              void writer
                ?.write(entry.id, { kind: "edit", text: editing.trim() })
                .then((done) => done && setEditing(null))
            }
          >
            保存修改
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            取消修改
          </button>
        </span>
      )}
      {mine && editing === null && !confirming && (
        <span className="review-own-actions">
          <button type="button" aria-label={`修改这条${what}`} onClick={() => setEditing(entry.text)}>
            修改
          </button>
          <button type="button" aria-label={`删除这条${what}`} onClick={() => setConfirming(true)}>
            删除
          </button>
        </span>
      )}
      {mine && confirming && (
        <span className="review-confirm">
          删除后对方下次收到时也会看到已删除；别人的回复保留。
          <button
            type="button"
            onClick={() =>
              void writer.write(entry.id, { kind: "delete" }).then((done) => !done && setConfirming(false))
            }
          >
            确认删除
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </span>
      )}
    </>
  );
}
