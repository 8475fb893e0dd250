/**
 * Cells whose value is not known: holding text or a figure that is not a valid number (the `value` check
 * says which), left blank because the imported document did not hold them (a table it
 * lacked, rows or cells it cut off), or named by the caller (`context.unknownCells`). Such a cell is "not
 * filled", never 0: checks that need it skip and say what they could not check, exports print it blank.
 * A total is unknown when any cell it adds up is. A cell the clerk has filled is known again.
 */
import { cellProblem, derivedInputs, getAt, type Report } from "../report";
import { DERIVED_CELLS, INPUT_CELLS } from "../template";
import type { CheckContext } from "./types";

/** Cells whose value is unknown: exports print them (and totals over them) blank, never 0. */
export type UnknownCells = ReadonlySet<string>;

const INPUT_PATHS = new Set(INPUT_CELLS.map((c) => c.path));

/** Entered cells the import reported not read, as long as they are still blank. */
function notRead(report: Report, context: CheckContext): string[] {
  const fromTables = (context.absentTables ?? []).flatMap((table) =>
    INPUT_CELLS.filter((c) => c.table === table).map((c) => c.path),
  );
  const fromFindings = (context.importFindings ?? [])
    .filter((f) => f.id === "missing-section")
    .flatMap((f) => f.cells.filter((path) => INPUT_PATHS.has(path)));
  return [...fromTables, ...fromFindings].filter((path) => getAt(report, path) == null);
}

/** Entered cells whose value is not a number they may hold: never read as a number, so not filled. */
function invalid(report: Report): string[] {
  return INPUT_CELLS.filter((c) => cellProblem(getAt(report, c.path), c.kind) !== null).map((c) => c.path);
}

export function unknownCells(report: Report, context: CheckContext = {}): UnknownCells {
  const unknown = new Set([...(context.unknownCells ?? []), ...notRead(report, context), ...invalid(report)]);
  if (unknown.size === 0) return unknown;
  for (const cell of DERIVED_CELLS) {
    if (derivedInputs(cell.path).some((path) => unknown.has(path))) unknown.add(cell.path);
  }
  return unknown;
}
