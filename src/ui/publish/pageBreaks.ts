/**
 * Where the printed column may be cut into pages (paginate's break points), read from its layout: between lines of
 * a paragraph (not after its first or before its last line), between blocks but not right after a heading, and
 * between rows of table 三 (tables 二 and 四 stay whole, as in print).
 */
import type { BreakPoint } from "./paginate";

const KEEP_WHOLE = new Set(["t2", "t4"]);

export interface ColumnLayout {
  breaks: BreakPoint[];
  end: number;
  /** Height of each table's heading rows, by the table's position in the column. */
  headerHeights: number[];
}

/** The column's blocks in order: its own children, and the children of each section. */
function blocksOf(column: HTMLElement): HTMLElement[] {
  return [...column.children].flatMap((el) =>
    el.tagName === "SECTION" ? ([...el.children] as HTMLElement[]) : [el as HTMLElement],
  );
}

export function measureColumn(column: HTMLElement): ColumnLayout {
  const origin = column.getBoundingClientRect().top;
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  };
  const pitch = Number.parseFloat(getComputedStyle(column).lineHeight);
  const breaks: BreakPoint[] = [];
  const headerHeights: number[] = [];
  let afterHeading = false;
  for (const el of blocksOf(column)) {
    const { top, bottom } = box(el);
    if (!afterHeading) breaks.push({ y: top });
    afterHeading = /^H[1-6]$/.test(el.tagName);
    if (afterHeading) continue;
    if (el.tagName === "P") {
      const lines = Math.round((bottom - top) / pitch);
      for (let i = 2; i <= lines - 2; i++) breaks.push({ y: top + i * pitch });
    } else if (el instanceof HTMLTableElement) {
      const index = headerHeights.length;
      headerHeights.push(el.tHead ? el.tHead.getBoundingClientRect().height : 0);
      const key = [...el.classList].find((c) => /^t\d$/.test(c)) ?? "";
      if (!KEEP_WHOLE.has(key)) {
        const rows = [...(el.tBodies[0]?.rows ?? [])];
        for (const row of rows.slice(0, -1)) breaks.push({ y: box(row).bottom, table: index });
      }
    }
    breaks.push({ y: bottom });
  }
  return { breaks, end: column.scrollHeight, headerHeights };
}
