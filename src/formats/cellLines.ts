/**
 * Table rows that arrive broken up, as PDF text and some CMS copies give them, rebuilt before the tables are
 * read: a table copied one cell per line (`规章 |` / `0 |` / …, or `规章` / `|` / `0` / `|` …), and a table row
 * printed as a line of words and figures separated by spaces (`规章 0 0 0`, `1 0 0 0 1 0 0 0 1 1 0 0 0 0 0`).
 */
import { readCell } from "./cellValue";
import { sectionOfHeading } from "./headings";
import type { Line } from "./lines";
import { isTableLabel, matchRow } from "./rowLabels";
import { plainText } from "./structure";

type TextLine = Extract<Line, { kind: "text" }>;

const isBar = (line: Line | undefined) => line?.kind === "row" && line.fragment === true && line.cells.length === 0;

/** A line that is one cell of a table copied one cell per line. */
function isCellLine(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (line.kind === "row") return line.fragment === true;
  if (line.kind !== "text" || line.level > 0 || sectionOfHeading(plainText(line.text))) return false;
  return isBar(lines[i - 1]) || isBar(lines[i + 1]);
}

/** The cells of a run of cell lines as rows: a label after a figure starts the next row. */
function joinCells(run: readonly Line[]): Line[] {
  const rows: Line[] = [];
  let cells: string[] = [];
  let figures = false;
  const push = () => {
    if (cells.length > 0) rows.push({ kind: "row", cells, index: run[0].index });
    cells = [];
    figures = false;
  };
  for (const line of run) {
    const texts = line.kind === "row" ? line.cells : line.kind === "text" ? [plainText(line.text)] : [];
    for (const text of texts) {
      const isLabel = readCell(text).kind === "text";
      if (isLabel && figures) push();
      cells.push(text);
      if (!isLabel) figures = true;
    }
  }
  push();
  return rows;
}

const FIGURE = /^-?\d[\d,]*(\.\d+)?$/;
const SENTENCE_END = /[。；;！？]/;

/**
 * A text line that is a table row printed with spaces: figures only (at least two), a row label followed by
 * its figures, or a line of column headings only. A sentence, or words that name no row, stay text.
 */
function spacedRow(line: TextLine): Line | null {
  if (line.level > 0 || SENTENCE_END.test(line.text)) return null;
  const tokens = plainText(line.text).normalize("NFKC").split(/\s+/);
  let n = tokens.length;
  while (n > 0 && FIGURE.test(tokens[n - 1])) n--;
  const figures = tokens.slice(n);
  const head = tokens.slice(0, n);
  const row = (cells: string[]): Line => ({ kind: "row", cells, index: line.index });
  if (head.length === 0) return figures.length >= 2 ? row(figures) : null;
  if (figures.length === 0) {
    const headings = head.length >= 2 && head.every(isTableLabel);
    return headings ? row(head) : null;
  }
  // A group label before the row's own (`三、本年度办理结果 （一）予以公开 5 …`) stays a cell of its own.
  if (head.length > 1 && matchRow(head[head.length - 1], true)) return row([...head, ...figures]);
  return matchRow(head.join(""), true) ? row([head.join(""), ...figures]) : null;
}

export function rebuildRows(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let run: Line[] = [];
  const flush = () => {
    out.push(...joinCells(run));
    run = [];
  };
  lines.forEach((line, i) => {
    if (isCellLine(lines, i)) {
      run.push(line);
      return;
    }
    if (run.length > 0) flush();
    out.push((line.kind === "text" && spacedRow(line)) || line);
  });
  if (run.length > 0) flush();
  return out;
}
