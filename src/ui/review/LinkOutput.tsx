import { type ReactNode, useState } from "react";
import type { LinkAdvice } from "../../review/share";
import { Dialog } from "../common/Dialog";
import { downloadText } from "../common/files";

interface LinkOutputProps {
  link: string;
  /** `linkAdvice(link.length)`, given by the caller, which has the review code loaded. */
  advice: LinkAdvice;
  /** What the link carries, for the sentence on who can read it. */
  carries: string;
  onDownload: () => void;
  fileLabel: string;
}

/** A link to send (with its length and what that means) and the same content as a file. */
export function LinkOutput({ link, advice, carries, onDownload, fileLabel }: LinkOutputProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = () =>
    void navigator.clipboard
      .writeText(link)
      .then(() => setCopied("链接已复制，可粘贴到邮件或聊天中发送。"))
      .catch(() => setCopied("浏览器不允许自动复制：请点击链接框，按 Ctrl+A 全选后按 Ctrl+C 复制。"));
  return (
    <div className="review-link">
      <p className="review-privacy">
        链接里直接包含{carries}，不经过任何服务器：<strong>任何拿到这个链接的人都能看到其中内容</strong>
        ，请只发给需要的人。
      </p>
      {advice === "fileOnly" ? (
        <p className="review-warning" role="status">
          链接长度为 {link.length} 个字符，太长，无法可靠地通过链接发送。请下载文件，通过邮件附件或聊天工具发送文件。
        </p>
      ) : (
        <>
          <label>
            链接（{link.length} 个字符）
            <textarea className="review-link-text" readOnly value={link} rows={3} onFocus={(e) => e.target.select()} />
          </label>
          {advice === "long" && (
            <p className="review-warning" role="status">
              链接超过 2000 个字符，部分邮件和聊天工具会截断过长的链接，对方可能打不开。如果对方打不开，请改为发送文件。
            </p>
          )}
          <button type="button" onClick={copy}>
            复制链接
          </button>
          {copied && <p role="status">{copied}</p>}
        </>
      )}
      <button type="button" onClick={onDownload}>
        {fileLabel}
      </button>
    </div>
  );
}

/** What a share or hand-back sends: the link, its advice, and the same message as a file. */
export interface Outgoing {
  link: string;
  advice: LinkAdvice;
  fileName: string;
  fileText: string;
}

interface OutgoingDialogProps {
  title: string;
  onClose: () => void;
  outgoing: Outgoing;
  carries: string;
  fileLabel: string;
  /** What to do with it, above the link. */
  children: ReactNode;
}

/** The dialog after 分享 or 退回意见: what happens next, then the link and the file. */
export function OutgoingDialog({ title, onClose, outgoing, carries, fileLabel, children }: OutgoingDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} wide>
      {children}
      <LinkOutput
        link={outgoing.link}
        advice={outgoing.advice}
        carries={carries}
        fileLabel={fileLabel}
        onDownload={() => downloadText(outgoing.fileName, outgoing.fileText)}
      />
    </Dialog>
  );
}
