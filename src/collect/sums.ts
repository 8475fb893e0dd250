/**
 * Tables 二/三/四 summed over units (the district's 本行政区域 statistics). All units use the one 2021 layout, so a
 * sum is a report of its own: every entered cell the sum of the units' figures, the totals computed from those.
 * A cell a unit left blank, or whose value is unknown (text, a table its file lacked), is never silently 0: the sum
 * says which units left which cells so, and a cell no unit filled stays blank.
 */
import { type CheckContext, type UnknownCells, unknownCells } from "../checks";
import { blankReport, computeTotals, derivedInputs, getAt, type Report, setAt, type Totals } from "../report";
import { cellByPath, DERIVED_CELLS, INPUT_CELLS } from "../template";

export interface SummedUnit {
  unit: string;
  report: Report;
  context?: CheckContext;
}

export interface UnitSums {
  /** The summed figures as a report (entered cells only; blank where no unit filled the cell). */
  report: Report;
  totals: Totals;
  /** Per cell (entered and derived), the units whose figure is blank there, in the order given. */
  blank: ReadonlyMap<string, readonly string[]>;
  /** Per cell, the units whose figure there is unknown (text, not read from the file). */
  unknown: ReadonlyMap<string, readonly string[]>;
  units: readonly string[];
}

function addTo(map: Map<string, string[]>, path: string, unit: string): void {
  const list = map.get(path);
  if (!list) map.set(path, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

/** One unit's entered cells: a figure, blank, or unknown. */
interface CellsRead {
  context: CheckContext | undefined;
  /** By INPUT_CELLS index; NaN where the cell holds no figure. */
  figures: Float64Array;
  blank: string[];
  unknown: string[];
}

/** Each report's cells read once (re-summing 500 units after one is unticked reads none again). */
const readBefore = new WeakMap<Report, CellsRead>();

function cellsOf(report: Report, context: CheckContext | undefined): CellsRead {
  const known = readBefore.get(report);
  if (known && known.context === context) return known;
  const notKnown: UnknownCells = unknownCells(report, context);
  const read: CellsRead = {
    context,
    figures: new Float64Array(INPUT_CELLS.length).fill(Number.NaN),
    blank: [],
    unknown: [],
  };
  INPUT_CELLS.forEach((cell, i) => {
    const value = getAt(report, cell.path);
    if (notKnown.has(cell.path)) read.unknown.push(cell.path);
    else if (typeof value !== "number") read.blank.push(cell.path);
    else read.figures[i] = value;
  });
  readBefore.set(report, read);
  return read;
}

export function sumUnits(units: readonly SummedUnit[]): UnitSums {
  const blank = new Map<string, string[]>();
  const unknown = new Map<string, string[]>();
  const sums = new Float64Array(INPUT_CELLS.length);
  const filled = new Uint8Array(INPUT_CELLS.length);
  for (const { unit, report, context } of units) {
    const read = cellsOf(report, context);
    for (const path of read.unknown) addTo(unknown, path, unit);
    for (const path of read.blank) addTo(blank, path, unit);
    read.figures.forEach((value, i) => {
      if (Number.isNaN(value)) return;
      sums[i] += value;
      filled[i] = 1;
    });
  }
  let report = blankReport();
  INPUT_CELLS.forEach((cell, i) => {
    if (filled[i]) report = setAt(report, cell.path, roundAmount(cell.path, sums[i]));
  });
  for (const cell of DERIVED_CELLS) {
    for (const input of derivedInputs(cell.path)) {
      for (const unit of blank.get(input) ?? []) addTo(blank, cell.path, unit);
      for (const unit of unknown.get(input) ?? []) addTo(unknown, cell.path, unit);
    }
  }
  return { report, totals: computeTotals(report), blank, unknown, units: units.map((u) => u.unit) };
}

/** 万元 amounts are summed in floating point; four decimals is what a cell may hold, so that is what a sum keeps. */
function roundAmount(path: string, value: number): number {
  return cellByPath(path)?.kind === "amount" ? Number(value.toFixed(4)) : value;
}

export interface SumDifference {
  path: string;
  /** The cell's accessible name (row and column labels). */
  name: string;
  own: number | null;
  sum: number | null;
}

/**
 * The 区政府's own report against the sum of its units, cell by cell (entered and totals): information for the
 * office (the 区政府 also counts requests made to itself), never an error. A cell blank on both sides is equal.
 */
export function compareWithSum(own: Report, sums: UnitSums): SumDifference[] {
  const ownTotals = computeTotals(own);
  const figureAt = (report: Report, totals: Totals, path: string): number | null => {
    if (path in totals) return totals[path];
    const v = getAt(report, path);
    return typeof v === "number" ? v : null;
  };
  return [...INPUT_CELLS, ...DERIVED_CELLS]
    .map((cell) => ({
      path: cell.path,
      name: cell.name,
      own: figureAt(own, ownTotals, cell.path),
      sum: figureAt(sums.report, sums.totals, cell.path),
    }))
    .filter((d) => (d.own ?? 0) !== (d.sum ?? 0));
}
