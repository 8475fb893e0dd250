/**
 * Our JSON file: a self-describing wrapper around the report. `computed` (derived totals) and `findings`
 * are there for other tools; on import they are recomputed, and `computed` totals that disagree with the
 * cells are reported as `stated-total`. Import is strict: unknown keys, wrong types and a newer
 * `formatVersion` are refused with the JSON path and a Chinese message. See docs/json-format.md.
 */
import * as z from "zod/mini";
import { type Finding, findingSchema, runChecks, type UnknownCells, unknownCells } from "../checks";
import {
  cellProblem,
  computeTotals,
  getAt,
  isReportYear,
  type Report,
  reportSchema,
  setAt,
  type Totals,
} from "../report";
import { DERIVED_CELLS, INPUT_CELLS, TEMPLATE_NOTICE } from "../template";
import { statedTotalFinding } from "./importFindings";
import { type ImportResult, refuse } from "./types";
import { zodIssueText } from "./zodMessages";

export const JSON_FORMAT = "xxgk-annual-report";
export const JSON_FORMAT_VERSION = 1;

export interface JsonFile {
  format: typeof JSON_FORMAT;
  formatVersion: number;
  template: typeof TEMPLATE_NOTICE;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  report: Report;
  /** Every derived total by key path (`t3.total.natural`), but those over a cell whose value is unknown. */
  computed: Totals;
  findings: Finding[];
  /** The draft it was exported from (optional: files before #19 lack it); a hand-back from the 汇总 finds it by this. */
  draftId?: string;
}

const DERIVED_PATHS = DERIVED_CELLS.map((c) => c.path) as [string, ...string[]];

export const jsonFileSchema = z.strictObject({
  format: z.literal(JSON_FORMAT),
  formatVersion: z.number().check(z.int(), z.gte(1), z.lte(JSON_FORMAT_VERSION)),
  template: z.literal(TEMPLATE_NOTICE),
  exportedAt: z.iso.datetime({ offset: true }),
  report: reportSchema,
  computed: z.partialRecord(z.enum(DERIVED_PATHS), z.number()),
  findings: z.array(findingSchema),
  draftId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

/**
 * A cell holding text or a number it does not accept (the `value` check reports it), and a 报告年度 out of range
 * (`missing-meta` reports it), are written as null so the file stays importable and valid against the schema;
 * the exported findings still quote what was there.
 */
function storable(report: Report): Report {
  const cells = INPUT_CELLS.reduce((out, cell) => {
    const value = getAt(out, cell.path);
    return cellProblem(value, cell.kind) === null ? out : setAt(out, cell.path, null);
  }, report);
  return isReportYear(report.meta.year) ? cells : setAt(cells, "meta.year", null);
}

/** Derived totals, without those over a cell whose value is unknown (not read, or not a number): blank, not 0. */
function knownTotals(report: Report, unknown: UnknownCells): Totals {
  return Object.fromEntries(Object.entries(computeTotals(report)).filter(([path]) => !unknown.has(path)));
}

export function toJsonFile(
  report: Report,
  exportedAt: Date = new Date(),
  unknown: UnknownCells = unknownCells(report),
  draftId?: string,
): JsonFile {
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    template: TEMPLATE_NOTICE,
    exportedAt: exportedAt.toISOString(),
    report: storable(report),
    computed: knownTotals(report, unknown),
    findings: runChecks(report),
    ...(draftId ? { draftId } : {}),
  };
}

export function toJson(report: Report, exportedAt?: Date, unknown?: UnknownCells, draftId?: string): string {
  return `${JSON.stringify(toJsonFile(report, exportedAt, unknown, draftId), null, 2)}\n`;
}

const NOT_OURS =
  '这不是年报编制工具导出的 JSON 文件（缺少 "format": "xxgk-annual-report"），无法导入。' +
  "其他软件的文件请先导出为 Markdown 或复制报告全文后粘贴导入。";

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const where = String(error instanceof Error ? error.message : error).match(/position (\d+)/);
    const at = where ? `（第${text.slice(0, Number(where[1])).split("\n").length}行附近）` : "";
    return { ok: false, message: `文件不是有效的 JSON${at}，可能已损坏或被截断。请重新导出后再导入。` };
  }
}

export function importJson(text: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return refuse(parsed.message);
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return refuse(NOT_OURS);
  const file = value as Record<string, unknown>;
  if (file.format !== JSON_FORMAT) return refuse(NOT_OURS);
  const version = file.formatVersion;
  if (typeof version === "number" && version > JSON_FORMAT_VERSION) {
    return refuse(
      `这个文件由更新版本的年报编制工具导出（formatVersion ${version}），当前版本只能读取 ${JSON_FORMAT_VERSION} 及以前的版本。` +
        "请使用最新版本的工具打开，或在导出它的电脑上导出为 Markdown。",
    );
  }
  const result = jsonFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.slice(0, 5).map(zodIssueText);
    const more = result.error.issues.length > 5 ? `\n……共${result.error.issues.length}处问题。` : "";
    return refuse(
      `文件内容不符合年报编制工具的 JSON 格式，未导入：\n${lines.join("\n")}${more}\n请确认文件没有被手工修改，或重新导出。`,
    );
  }
  const { report, computed, draftId } = result.data;
  const totals = computeTotals(report);
  const importFindings = Object.entries(computed)
    .filter(([path, stated]) => stated !== undefined && totals[path] !== stated)
    .map(([path, stated]) => statedTotalFinding(path, stated as number, totals[path]));
  return {
    ok: true,
    report,
    context: { absentTables: [], importFindings },
    read: [
      `年报编制工具导出的 JSON 文件（格式版本 ${result.data.formatVersion}，导出时间 ${result.data.exportedAt}）：全部内容。`,
    ],
    notRead: importFindings.length ? [`文件中的合计有${importFindings.length}个与各项数字不符，见检查结果。`] : [],
    ...(draftId ? { draftId } : {}),
  };
}
