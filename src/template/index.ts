/**
 * The 2021 template (国办公开办函〔2021〕30号) as data. Every label, key, span and order of the
 * official format lives under this folder; forms, grids, totals, checks and exports read it from here.
 */
import type { CellDef, TableKey, TableLayout } from "./layout";
import { T2_CELLS, T2_LAYOUT } from "./table2";
import { T3_CELLS, T3_LAYOUT } from "./table3";
import { T4_CELLS, T4_LAYOUT } from "./table4";

export * from "./hints";
export * from "./layout";
export * from "./sections";
export * from "./table2";
export * from "./table3";
export * from "./table4";

export const TABLE_LAYOUTS: Record<TableKey, TableLayout> = { t2: T2_LAYOUT, t3: T3_LAYOUT, t4: T4_LAYOUT };

/** Every number cell of the three tables, in document order. */
export const ALL_CELLS: readonly CellDef[] = [...T2_CELLS, ...T3_CELLS, ...T4_CELLS];
export const INPUT_CELLS = ALL_CELLS.filter((c) => !c.derived);
export const DERIVED_CELLS = ALL_CELLS.filter((c) => c.derived);

const BY_PATH = new Map(ALL_CELLS.map((c) => [c.path, c]));
export function cellByPath(path: string): CellDef | undefined {
  return BY_PATH.get(path);
}
