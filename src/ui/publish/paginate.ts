/**
 * Cuts the printed document, laid out as one long column, into A4 pages for the on-screen page preview: each page
 * takes as much as fits, ending only where a page may end (between lines of a paragraph but not after its first
 * or before its last, between blocks but never right after a heading, between rows of table 三). A page that
 * continues a table starts with the table's heading rows again, which take room from it.
 */

export interface BreakPoint {
  /** Distance from the top of the column, in px. */
  y: number;
  /** A page that starts here continues table number `table` (its heading rows are repeated). */
  table?: number;
}

export interface PageSlice {
  top: number;
  bottom: number;
  /** The table whose heading rows this page repeats first. */
  table?: number;
}

export function paginate(
  breaks: readonly BreakPoint[],
  end: number,
  pageHeight: number,
  headerHeight: (table: number) => number,
): PageSlice[] {
  const sorted = [...breaks].filter((b) => b.y > 0 && b.y < end).sort((a, b) => a.y - b.y);
  const pages: PageSlice[] = [];
  let start: BreakPoint = { y: 0 };
  // Half a pixel of slack: measured positions are fractional.
  const slack = 0.5;
  while (start.y < end - slack) {
    const room = pageHeight - (start.table === undefined ? 0 : headerHeight(start.table));
    const limit = start.y + room + slack;
    if (end <= limit) {
      pages.push({ top: start.y, bottom: end, table: start.table });
      break;
    }
    const fits = sorted.filter((b) => b.y > start.y + slack && b.y <= limit);
    // Nothing fits (a block taller than a page): cut it at the page's foot.
    const next = fits.length ? fits[fits.length - 1] : { y: start.y + room };
    pages.push({ top: start.y, bottom: next.y, table: start.table });
    start = next;
  }
  return pages;
}
