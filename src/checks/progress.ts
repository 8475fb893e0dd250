/**
 * How far the report is: per section 未开始 / 填写中 / 已完成 / 有问题, and one line for the whole report
 * (6 个部分中 4 个已完成，表三还有 12 格未填). Progress, not alarm: a section nobody has touched is not a problem.
 */
import { getAt, type Report } from "../report";
import { INPUT_CELLS, SECTIONS, type SectionKey, type TableKey } from "../template";
import { sectionProse } from "./proseFields";
import type { Finding } from "./types";

export type SectionStatus = "未开始" | "填写中" | "已完成" | "有问题";

export interface SectionProgress {
  section: SectionKey;
  status: SectionStatus;
  /** Fields (prose) or cells (tables) filled in, of how many. */
  filled: number;
  total: number;
  /** 表二 / 表三 / 表四 for a table section. */
  table?: string;
}

const TABLE_NAMES: Record<TableKey, string> = { t2: "表二", t3: "表三", t4: "表四" };

function filledOf(report: Report, section: SectionKey, table: TableKey | undefined): [number, number] {
  if (table) {
    const cells = INPUT_CELLS.filter((c) => c.table === table);
    return [cells.filter((c) => getAt(report, c.path) != null).length, cells.length];
  }
  const fields = sectionProse(report, [section]);
  return [fields.filter((f) => f.text.trim() !== "").length, fields.length];
}

export function sectionProgress(report: Report, findings: readonly Finding[]): SectionProgress[] {
  return SECTIONS.map((s) => {
    const [filled, total] = filledOf(report, s.key, s.table);
    const mine = findings.filter((f) => f.section === s.key);
    const status: SectionStatus = mine.some((f) => f.severity === "error" || f.severity === "warning")
      ? "有问题"
      : filled === 0
        ? "未开始"
        : filled === total && !mine.some((f) => f.todo)
          ? "已完成"
          : "填写中";
    return { section: s.key, status, filled, total, ...(s.table ? { table: TABLE_NAMES[s.table] } : {}) };
  });
}

/** E.g. `6 个部分中 4 个已完成，表三还有 12 格未填`. */
export function completenessLine(progress: readonly SectionProgress[]): string {
  const done = progress.filter((p) => p.status === "已完成").length;
  const tables = progress
    .filter((p) => p.table && p.filled > 0 && p.filled < p.total)
    .map((p) => `${p.table}还有 ${p.total - p.filled} 格未填`);
  return [`${progress.length} 个部分中 ${done} 个已完成`, ...tables].join("，");
}
