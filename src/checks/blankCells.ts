/**
 * Blank cells count as 0 and are exported as 0; say so, once per table, so a clerk can confirm. Cells whose
 * value is unknown (not read by an import) are not among them: they are not 0, and missing-section says so.
 */
import { getAt, type Report } from "../report";
import { INPUT_CELLS, SECTIONS, type TableKey } from "../template";
import { sectionOfTable } from "./sections";
import type { CheckContext, Finding } from "./types";
import { unknownCells } from "./unknownCells";

export function blankCellsCheck(report: Report, context: CheckContext = {}): Finding[] {
  const unknown = unknownCells(report, context);
  const tables = SECTIONS.flatMap((s) => (s.table ? [s.table] : []));
  return tables.flatMap((table: TableKey): Finding[] => {
    const blank = INPUT_CELLS.filter(
      (c) => c.table === table && getAt(report, c.path) === null && !unknown.has(c.path),
    );
    if (blank.length === 0) return [];
    const section = sectionOfTable(table);
    const title = SECTIONS.find((s) => s.key === section)?.title ?? "";
    return [
      {
        id: "blank-cells",
        severity: "info",
        message: `“${title}”表中有${blank.length}个单元格未填写，将按0计算和导出。确实为0的，可点表格上方的“空白填0”一次填好；否则请补填实际数字。`,
        cells: blank.map((c) => c.path),
        section,
        actual: blank.length,
      },
    ];
  });
}
