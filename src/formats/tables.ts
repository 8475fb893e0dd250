/**
 * Reads the figures of tables 二, 三 and 四 from the rows of an imported document. Rows are found by their
 * label text wherever it sits (any label column, flattened `三、… / （三）… / 1.…` labels, bold group rows);
 * figures are fitted to the table's width. Stated totals are kept to compare with the computed ones.
 */
import {
  T3_COLUMNS,
  T3_INPUT_COLUMNS,
  T4_COLUMNS,
  T4_GROUPS,
  T4_INPUT_COLUMNS,
  T4_REVIEW_HEADER,
  type TableKey,
  t3Path,
} from "../template";
import { type CellRead, fitWidth, numberOrNull, readCell } from "./cellValue";
import type { Line } from "./lines";
import { LAYOUT_LABELS, matchRow, type RowTarget, T3_GROUP_LABELS } from "./rowLabels";
import { normLabel } from "./text";

export interface StatedTotal {
  path: string;
  value: number;
}

export interface TablesRead {
  /** Entered cells read from the document (blank cells as null). */
  cells: Map<string, number | null>;
  /** Totals the document states, by derived key path. */
  stated: StatedTotal[];
  /** Rows found, as `t2.regulations`, `t3.denied.stateSecret`, `t4`. */
  rows: Set<string>;
  /** Cells of a table row the document cut short. */
  shortCells: string[];
  /** What could not be read, in Chinese, one entry per row. */
  skipped: string[];
  /** 2019-format markers met in the tables (template spec section 8). */
  oldFormat: string[];
  /** Labels read as a near miss of the template's text (`现行有效件` for `现行有效件数`). */
  loose: LooseLabel[];
}

export interface LooseLabel {
  written: string;
  /** The template's text it was read as. */
  label: string;
  table: TableKey;
  /** The row's cells, when the label is a row's; none for a column heading. */
  paths: readonly string[];
}

/** Wording only the 2019 format (国办公开办函〔2019〕60号) uses. */
const OLD_FORMAT_MARKERS = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增/减",
  "其他对外管理服务事项",
  "第二十条第（九）项",
  "政府集中采购",
];
const OLD_MARKERS_NORM = OLD_FORMAT_MARKERS.map((m) => [m, normLabel(m)] as const);

const T4_HEADER = normLabel(T4_REVIEW_HEADER);
const T4_WIDTH = T4_GROUPS.length * T4_COLUMNS.length;
const T4_INPUT_WIDTH = T4_GROUPS.length * T4_INPUT_COLUMNS.length;

interface RowParts {
  leaf: string;
  /** Label cells before the leaf (group labels, or a table's headings when it came one cell per line). */
  before: string[];
  after: CellRead[];
  numbers: number;
  text: string;
}

/**
 * The row's label (its last text cell before the first figure; a flattened label split on `/` or `>`) and the
 * cells after it. Text after the figures (`（未采集）`) is a figure not given, not the row's label.
 */
function rowParts(cells: readonly string[]): RowParts {
  const reads = cells.map(readCell);
  const firstNumber = reads.findIndex((r) => r.kind === "number");
  const end = firstNumber < 0 ? reads.length : firstNumber;
  let leafIndex = -1;
  for (let i = 0; i < end; i++) if (reads[i].kind === "text") leafIndex = i;
  const leafCell = leafIndex >= 0 ? (reads[leafIndex] as { text: string }).text : "";
  const fragments = leafCell.split(/[/／>＞]/).filter((f) => f.trim() !== "");
  const after = reads.slice(leafIndex + 1);
  const before = reads.slice(0, Math.max(leafIndex, 0)).flatMap((r) => (r.kind === "text" ? [r.text] : []));
  return {
    leaf: fragments.at(-1)?.trim() ?? "",
    before: [...before, ...fragments.slice(0, -1).map((f) => f.trim())],
    after,
    numbers: after.filter((r) => r.kind === "number").length,
    text: cells.filter(Boolean).join(" | "),
  };
}

/** Headings and group labels a few characters off the template's text. */
function noteAlteredLabels(read: TablesRead, texts: readonly string[]) {
  for (const text of texts) {
    const match = LAYOUT_LABELS.read(text);
    if (match?.how === "near") read.loose.push({ written: text, label: match.label, table: match.value, paths: [] });
  }
}

/** A figure cell that holds text (`（未采集）`, `未统计`): not read, like a missing one. */
const notFigure = (cell: CellRead | undefined) => cell === undefined || cell.kind === "text";

/** Strips blank cells from both ends: what is left is the row's printed figures. */
function trimmedLength(values: readonly CellRead[]): number {
  const first = values.findIndex((v) => v.kind !== "blank");
  if (first < 0) return 0;
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v.kind !== "blank");
  return last - first + 1;
}

function newRead(): TablesRead {
  return { cells: new Map(), stated: [], rows: new Set(), shortCells: [], skipped: [], oldFormat: [], loose: [] };
}

/** A table cell that contains a 2019 marker, or a text line that is one (a table copied one cell per line). */
function noteOldFormat(read: TablesRead, text: string, wholeLine: boolean) {
  const norm = normLabel(text);
  for (const [marker, markerNorm] of OLD_MARKERS_NORM) {
    const hit = wholeLine ? norm === markerNorm : norm.includes(markerNorm);
    if (hit && !read.oldFormat.includes(marker)) read.oldFormat.push(marker);
  }
}

function readT2(read: TablesRead, target: RowTarget, parts: RowParts) {
  const values = fitWidth(parts.after, target.paths.length);
  target.paths.forEach((path, i) => {
    read.cells.set(path, numberOrNull(values[i]));
    if (notFigure(values[i])) read.shortCells.push(path);
  });
}

function readT3(read: TablesRead, rows: { target: RowTarget; parts: RowParts }[]) {
  const wide = rows.filter((r) => trimmedLength(r.parts.after) >= T3_COLUMNS.length).length;
  const narrow = rows.filter((r) => trimmedLength(r.parts.after) === T3_INPUT_COLUMNS.length).length;
  const columns = wide >= narrow ? T3_COLUMNS : T3_INPUT_COLUMNS;
  for (const { target, parts } of rows) {
    const values = fitWidth(parts.after, columns.length);
    columns.forEach((col, i) => {
      const path = t3Path(target.key, col.key);
      const value = numberOrNull(values[i]);
      if (target.derived || col.key === "total") {
        if (value !== null) read.stated.push({ path, value });
      } else {
        read.cells.set(path, value);
        if (notFigure(values[i])) read.shortCells.push(path);
      }
    });
  }
}

function readT4(read: TablesRead, parts: RowParts) {
  const length = trimmedLength(parts.after);
  const withTotals = length !== T4_INPUT_WIDTH;
  const columns = withTotals ? T4_COLUMNS : T4_INPUT_COLUMNS;
  const values = fitWidth(parts.after, withTotals ? T4_WIDTH : T4_INPUT_WIDTH);
  let i = 0;
  for (const group of T4_GROUPS) {
    for (const col of columns) {
      const path = `t4.${group.key}.${col.key}`;
      const value = numberOrNull(values[i]);
      if (col.key === "total") {
        if (value !== null) read.stated.push({ path, value });
      } else {
        read.cells.set(path, value);
        if (notFigure(values[i])) read.shortCells.push(path);
      }
      i++;
    }
  }
  read.rows.add("t4");
}

export function readTables(lines: readonly Line[]): TablesRead {
  const read = newRead();
  const t3Rows: { target: RowTarget; parts: RowParts }[] = [];
  let inT4Block = false;
  for (const line of lines) {
    if (line.kind !== "row") {
      inT4Block = false;
      if (line.kind === "text") noteOldFormat(read, line.text, true);
      continue;
    }
    for (const cell of line.cells) noteOldFormat(read, cell, false);
    if (line.cells.some((c) => normLabel(c) === T4_HEADER)) inT4Block = true;
    const parts = rowParts(line.cells);
    noteAlteredLabels(read, parts.before);
    // Only table 四's row is this wide; its headings may precede its figures when it came one cell per line.
    const wide = parts.numbers >= T4_INPUT_WIDTH;
    const match = parts.leaf && !wide ? matchRow(parts.leaf, parts.numbers > 0) : undefined;
    const target = match?.value;
    if (!match && parts.leaf && parts.numbers === 0) noteAlteredLabels(read, [parts.leaf]);
    if (match?.how === "near" && target) {
      read.loose.push({ written: parts.leaf, label: match.label, table: target.table, paths: target.paths });
    }
    if (target) {
      const id = `${target.table}.${target.key}`;
      if (read.rows.has(id)) read.skipped.push(`“${target.label}”一行出现了两次，已按后一次读取。`);
      read.rows.add(id);
      if (target.table === "t2") readT2(read, target, parts);
      else t3Rows.push({ target, parts });
    } else if (parts.numbers > 0 && T3_GROUP_LABELS.get(normLabel(parts.leaf)) === "otherHandling") {
      read.oldFormat.push(parts.leaf);
    } else if (parts.numbers > 0 && (inT4Block || parts.numbers >= T4_INPUT_WIDTH) && !read.rows.has("t4")) {
      readT4(read, parts);
    } else if (parts.numbers > 0) {
      read.skipped.push(`没有识别出这一行属于哪一项，未导入：“${parts.text}”。`);
    }
  }
  readT3(read, t3Rows);
  return read;
}
