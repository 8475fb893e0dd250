/**
 * How the published document looks, shared by the print view, the HTML fragment and the DOCX writer:
 * fonts (with the fallbacks Windows, macOS and Linux have), sizes and the tables' column widths.
 */
import type { TableKey } from "../template";
import type { PublishCell } from "./model";

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
