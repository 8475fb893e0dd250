import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import {
  BODY_FONTS,
  CHAR_PITCH_PT,
  fontStack,
  HEI_FONTS,
  KAI_FONTS,
  type PublishBlock,
  publishDocument,
  signOffLayout,
  TITLE_FONTS,
} from "../../publish";
import type { Report } from "../../report";
import { PrintTable } from "./PrintTable";
import "./print.css";

function Block({ block }: { block: PublishBlock }) {
  if (block.kind === "table") return <PrintTable table={block.table} />;
  if (block.kind === "heading") {
    // （一） in 楷体, a typed 1. heading in the body's 仿宋.
    const fonts = block.level === 2 ? KAI_FONTS : BODY_FONTS;
    return <h3 style={{ fontFamily: fontStack(fonts) }}>{block.text}</h3>;
  }
  return <p>{block.text}</p>;
}

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
 * The document as it prints, on A4 (print.css), drawn from the report rather than the editing form.
 * Shown on screen as a preview over the editor; when printing, everything else on the page is hidden.
 * Opens the browser's print dialog once the fonts are ready.
 */
export function PrintView({
  report,
  unknown,
  onClose,
}: {
  report: Report;
  /** Cells not read by an import: printed blank. */
  unknown: ReadonlySet<string>;
  onClose: () => void;
}) {
  const doc = useMemo(() => publishDocument(report, unknown), [report, unknown]);
  const closeButton = useRef<HTMLButtonElement>(null);
  useDocumentTitle(doc.title);
  useEffect(() => {
    closeButton.current?.focus();
    let cancelled = false;
    document.fonts.ready.then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return createPortal(
    <div className="print-root" role="dialog" aria-label="打印预览" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <div className="print-bar">
        <span>打印预览：在打印窗口中选择打印机，或选择“另存为 PDF”。</span>
        <button type="button" onClick={() => window.print()}>
          再次打印
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          关闭打印预览
        </button>
      </div>
      <article className="print-document" style={{ fontFamily: fontStack(BODY_FONTS) }}>
        <h1 style={{ fontFamily: fontStack(TITLE_FONTS) }}>
          {doc.titleLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </h1>
        {doc.preamble.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own
          <p key={i}>{text}</p>
        ))}
        {doc.sections.map((section) => (
          <section key={section.title}>
            <h2 style={{ fontFamily: fontStack(HEI_FONTS) }}>{section.title}</h2>
            {section.blocks.map((block, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are in document order and never reordered
              <Block key={i} block={block} />
            ))}
          </section>
        ))}
        {doc.signOff.length > 0 && (
          <div className="sign-off">
            {signOffLayout(doc.signOff).map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own
              <p key={i} style={{ paddingLeft: `${line.indent * CHAR_PITCH_PT}pt` }}>
                {line.text}
              </p>
            ))}
          </div>
        )}
      </article>
    </div>,
    document.body,
  );
}
