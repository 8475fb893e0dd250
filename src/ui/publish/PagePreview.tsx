import { type RefObject, useLayoutEffect, useState } from "react";
import { BODY_FONTS, fontStack, type PublishDocument, type PublishTable, pageNumberText } from "../../publish";
import { DocumentFlow } from "./DocumentFlow";
import { PrintTable } from "./PrintTable";
import { measureColumn } from "./pageBreaks";
import { type PageSlice, paginate } from "./paginate";

/** The text block's height, 225 mm, in CSS px. */
const TEXT_HEIGHT_PX = (225 * 96) / 25.4;

/**
 * The page preview: the printed column (measured where it is laid out, out of sight) cut into A4 sheets with their
 * page numbers `— n —`, odd right and even left as they print. A sheet that continues a table repeats its heading
 * rows. The sheets are pictures for the eye (aria-hidden): screen readers read the column itself.
 */
export function PagePreview({
  doc,
  column,
  zoom,
}: {
  doc: PublishDocument;
  column: RefObject<HTMLElement | null>;
  zoom: number;
}) {
  const [pages, setPages] = useState<PageSlice[]>([]);
  const tables: PublishTable[] = doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])),
  );
  useLayoutEffect(() => {
    let cancelled = false;
    const measure = () => {
      const el = column.current;
      if (!el || cancelled) return;
      const layout = measureColumn(el);
      setPages(paginate(layout.breaks, layout.end, TEXT_HEIGHT_PX, (t) => layout.headerHeights[t] ?? 0));
    };
    measure();
    // Fonts that load late change the line breaks: measure again once they are in.
    document.fonts.ready.then(measure);
    return () => {
      cancelled = true;
    };
  }, [column]);
  return (
    <div className="print-pages" aria-hidden="true" data-pages={pages.length} style={{ zoom }}>
      {pages.map((page, i) => (
        <div className="print-sheet" key={page.top}>
          <div className="print-sheet-text print-type" style={{ fontFamily: fontStack(BODY_FONTS) }}>
            {page.table !== undefined && tables[page.table] && (
              <PrintTable table={tables[page.table]} copy headerOnly />
            )}
            <div className="print-sheet-window" style={{ height: page.bottom - page.top }}>
              <div style={{ marginTop: -page.top }}>
                <DocumentFlow doc={doc} copy />
              </div>
            </div>
          </div>
          <div className={`print-sheet-number ${i % 2 === 0 ? "odd" : "even"}`}>{pageNumberText(i + 1)}</div>
        </div>
      ))}
    </div>
  );
}
