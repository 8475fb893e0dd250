/** Findings only an import can make: a stated total that does not add up, a table cut short, an altered label. */
import type { Finding } from "../checks";
import { cellByPath, SECTIONS, type SectionKey, type TableKey, TEMPLATE_NOTICE } from "../template";
import type { LooseLabel } from "./tables";

export const TABLE_NAMES: Record<TableKey, string> = Object.fromEntries(
  SECTIONS.flatMap((s) => (s.table ? [[s.table, s.title]] : [])),
) as Record<TableKey, string>;

function sectionOf(table: TableKey): SectionKey {
  return SECTIONS.find((s) => s.table === table)?.key ?? "s3";
}

export function missingFinding(table: TableKey, cells: string[], what: string): Finding {
  return {
    id: "missing-section",
    severity: "error",
    message: `导入的文件中“${TABLE_NAMES[table]}”表${what}，这些单元格未填写（不是0）。请对照原报告补填。`,
    cells,
    section: sectionOf(table),
  };
}

export function statedTotalFinding(path: string, stated: number, computed: number): Finding {
  const table = path.slice(0, 2) as TableKey;
  const name = cellByPath(path)?.name ?? path;
  return {
    id: "stated-total",
    severity: "error",
    message: `导入的文件中“${name}”写的是${stated}，按各项数字合计应为${computed}。请对照原报告核对这一行（列）的数字。`,
    cells: [path],
    section: sectionOf(table),
    expected: computed,
    actual: stated,
  };
}

/** A label of the document that is a few characters off the template's: read as the template's, named here. */
export function labelVariantFinding(loose: LooseLabel): Finding {
  return {
    id: "label-variant",
    severity: "info",
    message:
      `导入的文件中的“${loose.written}”与格式（${TEMPLATE_NOTICE}）的“${loose.label}”不一致，已按“${loose.label}”读取。` +
      "请核对这一行（列）的数字是否读对；新报告一律使用格式的原文。",
    cells: [...loose.paths],
    section: sectionOf(loose.table),
  };
}
