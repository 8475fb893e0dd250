/**
 * How the published document looks, shared by the print view, the HTML fragment and the DOCX writer:
 * fonts (with the fallbacks Windows, macOS and Linux have), sizes and the tables' column widths.
 */
import type { TableKey } from "../template";
import type { PublishCell, PublishTable } from "./model";

/** 仿宋 for the body text, as official documents print it. */
export const BODY_FONTS = ["仿宋", "仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", "serif"];
/** 宋体 for the title and the tables. */
export const SONG_FONTS = ["宋体", "SimSun", "Songti SC", "STSong", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "serif"];
/** 黑体 for the section titles. */
export const HEI_FONTS = ["黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "sans-serif"];

export function fontStack(fonts: readonly string[]): string {
  return fonts.map((f) => (/^[a-z-]+$/.test(f) ? f : `'${f}'`)).join(", ");
}

/** Relative column widths (percent of the text width); labels get the room, figures share the rest. */
export const COLUMN_WIDTHS: Record<TableKey, readonly number[]> = {
  t2: [34, 22, 22, 22],
  t3: [7, 10, 27, 8, 8, 8, 8, 8, 8, 8],
  t4: Array.from({ length: 15 }, () => 100 / 15),
};

/** Font size of a table in points: table 四 has fifteen columns and needs the smaller 小五. */
export const TABLE_FONT_PT: Record<TableKey, number> = { t2: 10.5, t3: 10.5, t4: 9 };

/** Row labels of table 三 read left to right like text; headings and figures are centred. */
export function cellAlign(table: TableKey, cell: PublishCell, inHeader: boolean): "left" | "center" {
  return table === "t3" && !inHeader && cell.kind === "label" && cell.rowspan === 1 ? "left" : "center";
}

/** 2号小标宋 for the title: 方正小标宋 where offices have it, else 华文中宋, else 宋体 (GB/T 9704; house-style.md). */
export const TITLE_FONTS = [
  "方正小标宋简体",
  "方正小标宋_GBK",
  "华文中宋",
  "STZhongsong",
  "宋体",
  "SimSun",
  "Songti SC",
  "Noto Serif CJK SC",
  "serif",
];
/** 楷体 for the second-level headings （一）. */
export const KAI_FONTS = ["楷体", "楷体_GB2312", "KaiTi", "STKaiti", "Kaiti SC", "AR PL UKai CN", "serif"];

/**
 * The page of GB/T 9704: A4 with a text block (版心) of 156 × 225 mm, 37 mm from the top and 28 mm from the left,
 * filled by a grid of 22 lines of 28 characters of 3号 (16 pt) type. Page numbers stand below the text block.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  textWidthMm: 156,
  textHeightMm: 225,
  lines: 22,
  chars: 28,
  bodyPt: 16,
  titlePt: 22,
  /** 4号 page numbers; the dash line stands 7 mm below the text block. */
  pageNumberPt: 14,
  pageNumberBelowMm: 7,
} as const;

export const PT_PER_MM = 72 / 25.4;
export const TEXT_WIDTH_PT = PAGE.textWidthMm * PT_PER_MM;
/** Character pitch of the grid (≈ 15.8 pt: 28 characters of 16 pt type are squeezed into 156 mm). */
export const CHAR_PITCH_PT = TEXT_WIDTH_PT / PAGE.chars;
/** Line pitch of the grid (≈ 28.9 pt). */
export const LINE_PITCH_PT = (PAGE.textHeightMm * PT_PER_MM) / PAGE.lines;

/** `— 1 —`: the page number between two 一字线. */
export function pageNumberText(page: number | string): string {
  return `— ${page} —`;
}

/** Width of a text in em of its type: Chinese characters and full-width punctuation 1, Latin letters and figures ½. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return width;
}

/** Cell padding plus border of a table cell, in points, in Word and in print. */
const CELL_CHROME_PT = 7;
/** A figure's digit is at most this wide (Times New Roman and 宋体: ½ em; some Linux fallbacks a little more). */
const DIGIT_EM = 0.56;
/** Label columns give up at most this share of their width before the table's type gets smaller. */
const LABEL_SHRINK_LIMIT = 0.4;
const MIN_TABLE_PT = 7;

/** Grid column of each cell of a table's rows, following the rowspans of the rows above. */
function cellColumns(rows: readonly PublishCell[][]): number[][] {
  const busyUntil: number[] = [];
  return rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while ((busyUntil[column] ?? -1) >= r) column++;
      const at = column;
      for (let c = at; c < at + cell.colspan; c++) busyUntil[c] = r + cell.rowspan - 1;
      column += cell.colspan;
      return at;
    });
  });
}

export interface TableFit {
  /** Column widths in percent of the text width. */
  widths: number[];
  fontPt: number;
}

/**
 * Column widths and type size at which every figure of this table fits on one line: a column whose figures are
 * wider than its share grows and the others give up the room, label columns at most LABEL_SHRINK_LIMIT of theirs;
 * when that is not enough the whole table's type gets smaller (down to 7 pt) instead.
 */
export function tableFit(table: PublishTable): TableFit {
  const base = COLUMN_WIDTHS[table.table];
  const rows = [...table.header, ...table.body];
  const columns = cellColumns(rows);
  const longest = base.map(() => 0);
  rows.forEach((row, r) => {
    row.forEach((cell, i) => {
      if (cell.kind === "number" && cell.colspan === 1) {
        const c = columns[r][i];
        longest[c] = Math.max(longest[c], cell.text.length);
      }
    });
  });
  for (let fontPt = TABLE_FONT_PT[table.table]; ; fontPt -= 0.5) {
    const needed = longest.map((chars) => ((chars * DIGIT_EM * fontPt + CELL_CHROME_PT) / TEXT_WIDTH_PT) * 100);
    const floor = base.map((w, c) => (longest[c] ? needed[c] : w * (1 - LABEL_SHRINK_LIMIT)));
    const widths = base.map((w, c) => Math.max(w, floor[c]));
    const excess = widths.reduce((a, b) => a + b, 0) - 100;
    const slack = widths.map((w, c) => w - floor[c]);
    const available = slack.reduce((a, b) => a + b, 0);
    if (excess <= available || fontPt <= MIN_TABLE_PT) {
      const given = available > 0 ? Math.min(1, Math.max(0, excess) / available) : 0;
      const fitted = widths.map((w, c) => w - slack[c] * given);
      const total = fitted.reduce((a, b) => a + b, 0);
      return { widths: fitted.map((w) => (w * 100) / total), fontPt };
    }
  }
}
