import { formatCellValue } from "../../../report";

/** What the grids show beside each figure: nothing, last year's figure, or the change since last year. */
export type CompareMode = "off" | "last" | "change";

const finite = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** 万元 figures have up to 4 decimals: a difference is rounded there, so 0.3 − 0.1 is 0.2, not 0.19999…. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The note beside a cell: `上年3`, `增2`, `减1`, `持平`, or `上年未填` when last year had no figure there. */
export function compareText(mode: Exclude<CompareMode, "off">, current: unknown, last: unknown): string {
  const before = finite(last);
  if (before === null) return "上年未填";
  const now = finite(current);
  if (mode === "last" || now === null) return `上年${formatCellValue(before)}`;
  const change = round(now - before);
  if (change === 0) return "持平";
  return change > 0 ? `增${formatCellValue(change)}` : `减${formatCellValue(-change)}`;
}
