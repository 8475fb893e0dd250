/** What one table cell of an imported document holds: a number, a blank, or text (a label). */
import { unescapeMarkdown } from "./text";

export type CellRead = { kind: "blank" } | { kind: "number"; value: number } | { kind: "text"; text: string };

/** Dashes and slashes that documents print in place of an empty figure. */
const BLANK_MARK = /^[-—–－/／\\]*$/;

export function readCell(raw: string): CellRead {
  const text = unescapeMarkdown(raw)
    .replace(/\*\*|__/g, "")
    .normalize("NFKC")
    .replace(/\s/g, "");
  if (BLANK_MARK.test(text)) return { kind: "blank" };
  const plain = (/^\d{1,3}(,\d{3})+(\.\d+)?/.test(text) ? text.replace(/,/g, "") : text).replace(/(件|万元|元)$/, "");
  if (/^-?\d+(\.\d+)?$/.test(plain)) return { kind: "number", value: Number(plain) };
  return { kind: "text", text: unescapeMarkdown(raw).trim() };
}

/**
 * The figures of a row fitted to the width a table expects: blank padding cells (left over from merged
 * or shifted label columns) are dropped from the ends until the row is that wide.
 */
export function fitWidth(values: readonly CellRead[], width: number): CellRead[] {
  // Indexes, not shift(): shifting a long array copies it each time, quadratic on a row of 100,000 pipes.
  let end = values.length;
  while (end > width && values[end - 1].kind === "blank") end--;
  let start = 0;
  while (end - start > width && values[start].kind === "blank") start++;
  return values.slice(start, end);
}

export function numberOrNull(cell: CellRead | undefined): number | null {
  return cell?.kind === "number" ? cell.value : null;
}
