import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { Finding } from "../../checks";
import { type Report, reportFileName } from "../../report";
import type { ThreadComment } from "../../review/thread";
import { EXPORT_FAILED, exportedMessage } from "../common/exportMessages";
import { saveFile } from "../common/files";
import type { LoadOnFirstUse } from "../common/firstUse";
import { signature } from "./CommentItem";

/** Said when the draft has no comment to put in the file. */
export const NO_COMMENTS = "这份草稿还没有审阅意见，没有可导出的批注。";

/**
 * 导出 Word（含审阅批注）: the report as 导出 Word writes it, with every comment and reply of the thread as a Word
 * 批注 on the paragraph, cell or heading it concerns (docs/publish.md). A working copy for the review, so it is
 * here in the panel, not under 导出 ▾ (whose 导出 Word stays without comments).
 */
export function CommentedWord({
  comments,
  findings,
  load,
}: {
  comments: readonly ThreadComment[];
  findings: readonly Finding[];
  /** The panel's `useOnFirstUse().load` (it shows the failure): loads the Word writer. */
  load: LoadOnFirstUse;
}) {
  const { getValues } = useFormContext<Report>();
  const [message, setMessage] = useState("");
  const run = async () => {
    if (comments.length === 0) {
      setMessage(NO_COMMENTS);
      return;
    }
    setMessage("正在导出…");
    const docx = await load(
      () => import("../../publish/docx"),
      () => void run(),
    );
    if (!docx) {
      setMessage("");
      return;
    }
    const report = structuredClone(getValues());
    try {
      // Cells not read print blank, as 导出 Word prints them (the writer finds them in the report).
      const bytes = await docx.reportDocx(report, undefined, {
        comments,
        finding: (fp) => findings.find((f) => f.fingerprint === fp),
        signed: signature,
      });
      const name = reportFileName(report, "docx").replace(/\.docx$/, "（含审阅批注）.docx");
      saveFile(bytes, name, docx.DOCX_MIME);
      setMessage(exportedMessage(name));
    } catch (error) {
      console.error(error);
      setMessage(EXPORT_FAILED);
    }
  };
  return (
    <div className="review-own-actions">
      <button type="button" onClick={() => void run()}>
        导出 Word（含审阅批注）
      </button>
      <span aria-live="polite" className="review-note">
        {message}
      </span>
    </div>
  );
}
