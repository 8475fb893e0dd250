/** 一 and 五 must have content; a table an imported document lacked must not pass as zeros. */
import type { Report, SubItem } from "../report";
import { getAt } from "../report";
import { INPUT_CELLS, SECTIONS, type SectionKey } from "../template";
import { TODO } from "./kind";
import { sectionOfTable } from "./sections";
import type { CheckContext, Finding } from "./types";

const REQUIRED_PROSE: readonly SectionKey[] = ["s1", "s5"];

function proseOf(report: Report, key: SectionKey): Record<string, SubItem> {
  return key === "s1" ? report.s1 : report.s5;
}

export function missingSectionCheck(report: Report, context: CheckContext): Finding[] {
  const prose = REQUIRED_PROSE.flatMap((key): Finding[] => {
    const def = SECTIONS.find((s) => s.key === key);
    if (!def) return [];
    const items = proseOf(report, key);
    if (def.subItems.some((item) => items[item.key]?.body.trim())) return [];
    return [
      {
        id: "missing-section",
        ...TODO,
        message: `“${def.title}”还没有内容。年度报告必须包含这一部分，请填写各小项。`,
        cells: def.subItems.map((item) => `${key}.${item.key}.body`),
        section: key,
      },
    ];
  });
  // A table the imported document lacked stays to do while any of its cells is still blank.
  const tables = (context.absentTables ?? []).flatMap((table): Finding[] => {
    const blank = INPUT_CELLS.filter((c) => c.table === table && getAt(report, c.path) == null).map((c) => c.path);
    if (blank.length === 0) return [];
    const section = sectionOfTable(table);
    const title = SECTIONS.find((s) => s.key === section)?.title ?? "";
    return [
      {
        id: "missing-section",
        ...TODO,
        message: `导入的文件中没有“${title}”表，表中还有${blank.length}个单元格未填写（不是0）。请对照原报告补填这张表。`,
        cells: blank,
        section,
      },
    ];
  });
  return [...prose, ...tables];
}
