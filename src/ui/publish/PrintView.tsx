import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { BODY_FONTS, fontStack, publishDocument } from "../../publish";
import type { Report } from "../../report";
import { DocumentFlow } from "./DocumentFlow";
import { PagePreview } from "./PagePreview";
import "./print.css";

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** The browser names the saved PDF and its Title after the document's title: the report's, while it is shown. */
function useDocumentTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

/**
 * The document as it prints, drawn from the report rather than the editing form: on screen as A4 pages with their
 * page numbers (PagePreview), zoomable, over the editor; printed, the one column of print.css with everything else
 * on the page hidden. 打印 opens the browser's print dialog at once (`printNow`), once the fonts are ready;
 * 页面预览 waits for 打印 or 导出 PDF (the browser's 另存为 PDF, named after the report).
 */
export function PrintView({
  report,
  unknown,
  printNow,
  askFirst,
  notice,
  onClose,
}: {
  report: Report;
  /** Cells not read by an import: printed blank. */
  unknown: ReadonlySet<string>;
  printNow: boolean;
  /** The export notice before an unfinished report is printed from the preview, as from the toolbar. */
  askFirst: (go: () => void, proceedLabel: string) => void;
  /** That notice, shown under this view's bar (the view covers the toolbar it would drop down from). */
  notice: ReactNode;
  onClose: () => void;
}) {
  const doc = useMemo(() => publishDocument(report, unknown), [report, unknown]);
  const closeButton = useRef<HTMLButtonElement>(null);
  const column = useRef<HTMLElement>(null);
  const [zoom, setZoom] = useState(1);
  const [hint, setHint] = useState("");
  useDocumentTitle(doc.title);
  useEffect(() => {
    closeButton.current?.focus();
    let cancelled = false;
    if (printNow) {
      document.fonts.ready.then(() => {
        if (!cancelled) window.print();
      });
    }
    return () => {
      cancelled = true;
    };
  }, [printNow]);
  const step = (by: number) => setZoom((z) => ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.indexOf(z) + by))]);
  return createPortal(
    <div className="print-root" role="dialog" aria-label="打印预览" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <div className="print-bar">
        <span aria-live="polite">{hint || "与打印出来的 A4 页面相同。"}</span>
        <button type="button" onClick={() => step(-1)} disabled={zoom === ZOOMS[0]}>
          缩小
        </button>
        <output className="print-zoom" aria-label="缩放比例">
          {Math.round(zoom * 100)}%
        </output>
        <button type="button" onClick={() => step(1)} disabled={zoom === ZOOMS[ZOOMS.length - 1]}>
          放大
        </button>
        <button
          type="button"
          onClick={() =>
            askFirst(() => {
              setHint("");
              window.print();
            }, "仍然打印")
          }
        >
          打印
        </button>
        <button
          type="button"
          onClick={() =>
            askFirst(() => {
              setHint(`在打印窗口的“目标打印机”中选择“另存为 PDF”，文件名已是“${doc.title}”。`);
              window.print();
            }, "仍然导出")
          }
        >
          导出 PDF
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          关闭打印预览
        </button>
        {notice}
      </div>
      <article className="print-document print-type" ref={column} style={{ fontFamily: fontStack(BODY_FONTS) }}>
        <DocumentFlow doc={doc} />
      </article>
      <PagePreview doc={doc} column={column} zoom={zoom} />
    </div>,
    document.body,
  );
}
