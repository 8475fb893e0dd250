/**
 * Tables 二/三/四 as an .xlsx workbook mirroring the official tables, and back. Loaded on first use (exceljs is large):
 * import this module with `import()`.
 * - One sheet per table (表二, 表三, 表四): the title row, then the template's rows with its merged cells.
 * - A blank cell is an empty cell, never 0; text a clerk typed in a number cell is written as that text.
 * - Each table sheet has a hidden twin (`keys-t2` …) holding every figure's key path at the same address, and in A1 the
 *   format marker; so reading a filled workbook back finds each figure by its key, exactly, whatever was typed around it.
 * - Totals are written (as numbers) for the reader; they are recomputed on import, never read.
 */
import type ExcelJS from "exceljs";
import type { ImportResult } from "../formats";
import { blankReport, cellEntry, computeTotals, getAt, type Report, setAt } from "../report";
import {
  cellByPath,
  layoutMatrix,
  ORGAN_TYPES,
  reportTitle,
  SECTIONS,
  TABLE_LAYOUTS,
  type TableKey,
} from "../template";

export const XLSX_MARKER = "nianbao-xlsx/1";
const TABLES = SECTIONS.flatMap((s) => (s.table ? [{ table: s.table, title: s.title }] : []));
const SHEET: Record<TableKey, string> = { t2: "表二", t3: "表三", t4: "表四" };
const keySheet = (table: TableKey) => `keys-${table}`;
/** Table rows start below the title row. */
const FIRST_ROW = 2;

async function excel(): Promise<typeof ExcelJS> {
  const module = (await import("exceljs")) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return module.default ?? module;
}

export interface XlsxOptions {
  /** A note on a figure (e.g. which units left it blank in a sum), by key path. */
  notes?: ReadonlyMap<string, string>;
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The report's three tables as an .xlsx file. */
export async function tablesToXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await excel();
  const book = new Workbook();
  const totals = computeTotals(report);
  const meta = [report.meta.organ, report.meta.year ?? "", report.meta.organType];
  for (const { table, title } of TABLES) {
    const sheet = book.addWorksheet(SHEET[table]);
    const keys = book.addWorksheet(keySheet(table), { state: "hidden" });
    const layout = TABLE_LAYOUTS[table];
    keys.getRow(1).values = [XLSX_MARKER, ...meta];
    sheet.mergeCells(1, 1, 1, layout.columns);
    sheet.getCell(1, 1).value = `${reportTitle(report.meta.organ.trim(), report.meta.year)} ${title}`;
    sheet.getCell(1, 1).font = { bold: true };
    layoutMatrix(layout).forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const at = sheet.getCell(FIRST_ROW + r, c + 1);
        const span = { rows: cell.kind === "label" ? cell.rowspan : 1, cols: cell.colspan };
        if (span.rows > 1 || span.cols > 1) {
          sheet.mergeCells(FIRST_ROW + r, c + 1, FIRST_ROW + r + span.rows - 1, c + span.cols);
        }
        at.border = BORDER;
        at.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
        if (cell.kind === "label") {
          at.value = cell.text;
          return;
        }
        keys.getCell(FIRST_ROW + r, c + 1).value = cell.path;
        const value = cell.kind === "derived" ? totals[cell.path] : getAt(report, cell.path);
        at.value = typeof value === "number" || typeof value === "string" ? value : null;
        const note = options.notes?.get(cell.path);
        if (note) at.note = note;
      });
    });
    sheet.columns.forEach((column) => {
      column.width = 12;
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

/** What a cell of a filled workbook holds: a formula's result, rich text as text, a blank as null. */
function cellContent(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "result" in value) return cellContent(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  return value;
}

const NOT_OURS =
  "这个 Excel 文件不是按本工具的表格导出的（找不到表格的键名），无法按单元格读取。请用本工具“导出 Excel”得到的文件填写后再导入。";

/** A filled workbook of that layout, read back into a report's tables (the prose stays empty). Never throws. */
export async function xlsxToReport(bytes: Uint8Array): Promise<ImportResult> {
  const { Workbook } = await excel();
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      message: "无法打开这个 Excel 文件（文件可能已损坏）。请在 Excel 中重新保存为 .xlsx 后再试。",
      findings: [],
    };
  }
  let report = blankReport();
  const read: string[] = [];
  const notRead: string[] = [];
  for (const { table, title } of TABLES) {
    const keys = book.getWorksheet(keySheet(table));
    const sheet = book.getWorksheet(SHEET[table]);
    if (!keys || keys.getCell(1, 1).value !== XLSX_MARKER) return { ok: false, message: NOT_OURS, findings: [] };
    if (!sheet) {
      notRead.push(`${title}：文件中没有“${SHEET[table]}”工作表，本表未导入。`);
      continue;
    }
    if (table === "t2") {
      const [organ, year, organType] = [2, 3, 4].map((c) => cellContent(keys.getCell(1, c).value));
      const type = ORGAN_TYPES.find((t) => t === organType) ?? "";
      report = {
        ...report,
        meta: {
          ...report.meta,
          organ: String(organ ?? ""),
          year: typeof year === "number" ? year : null,
          organType: type,
        },
      };
    }
    keys.eachRow((row, r) =>
      row.eachCell((keyCell, c) => {
        const path = keyCell.value;
        const def = typeof path === "string" ? cellByPath(path) : undefined;
        if (!def || def.derived) return;
        const value = cellContent(sheet.getCell(r, c).value);
        const entry = typeof value === "number" ? value : value === null ? null : cellEntry(String(value), def.kind);
        report = setAt(report, def.path, entry);
      }),
    );
    read.push(`${title}：按键名读取了全部单元格。`);
  }
  return { ok: true, report, context: { absentTables: [] }, read, notRead };
}
