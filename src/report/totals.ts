/**
 * Every derived cell of the template (勾稽 totals), computed from the entered cells. A blank cell
 * counts as 0. Totals are never stored: the draft holds only what a person typed.
 */
import { DERIVED_CELLS, T3_INPUT_COLUMNS, T3_OUTCOME_ROWS, T4_INPUT_COLUMNS, t3Path } from "../template";
import { getAt } from "./paths";
import type { Report } from "./schema";

/** Derived values by key path: `t3.received.total`, `t3.total.natural`, `t3.total.total`, `t4.review.total`. */
export type Totals = Record<string, number>;

/** What a cell's value contributes to a sum: the number, or 0 when blank or not a number. */
export function numberOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function cellNumber(report: Report, path: string): number {
  return numberOf(getAt(report, path));
}

/** The entered cells a derived cell adds up, e.g. the six applicant cells of `t3.received.total`. */
export function derivedInputs(path: string): readonly string[] {
  const known = INPUTS.get(path);
  if (known) return known;
  const inputs = inputsOf(path);
  INPUTS.set(path, inputs);
  return inputs;
}

/** The template is fixed, so each derived cell's inputs are worked out once (checks run on every keystroke). */
const INPUTS = new Map<string, readonly string[]>();

function inputsOf(path: string): string[] {
  const [table, ...rest] = path.split(".");
  const column = rest.pop();
  const row = rest.join(".");
  if (table === "t4" && column === "total") return T4_INPUT_COLUMNS.map((c) => `t4.${row}.${c.key}`);
  if (table !== "t3") return [];
  if (row === "total") {
    const columns = column === "total" ? T3_INPUT_COLUMNS : T3_INPUT_COLUMNS.filter((c) => c.key === column);
    return T3_OUTCOME_ROWS.flatMap((r) => columns.map((c) => t3Path(r.key, c.key)));
  }
  return column === "total" ? T3_INPUT_COLUMNS.map((c) => t3Path(row, c.key)) : [];
}

export function sumCells(report: Report, paths: readonly string[]): number {
  return paths.reduce((n, p) => n + cellNumber(report, p), 0);
}

export function computeTotals(report: Report): Totals {
  return Object.fromEntries(DERIVED_CELLS.map((c) => [c.path, sumCells(report, derivedInputs(c.path))]));
}

/** The value shown in any cell: entered cells as entered (blank as 0), derived cells computed. */
export function cellValue(report: Report, totals: Totals, path: string): number {
  return totals[path] ?? cellNumber(report, path);
}
