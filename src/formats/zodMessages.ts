/** Schema problems of an imported JSON file, said in Chinese with the JSON path. */
import type * as z from "zod/mini";
import { CELL_RULE, FIRST_YEAR, LAST_YEAR } from "../report";
import { cellByPath } from "../template";

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  object: "对象",
  array: "数组",
  null: "空值 null",
  boolean: "true/false",
  undefined: "缺少",
};

function typeOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/**
 * A value a cell or 报告年度 does not accept (−3, 2.5, 1e300, a fee with 6 decimals, the year 99999): the field's
 * name, what was there and the rule, in the words typing uses. Null for any other problem.
 */
function valueRuleText(issue: z.core.$ZodIssue, where: string): string | null {
  const input = (issue as { input?: unknown }).input;
  if (
    typeof input !== "number" ||
    !["invalid_type", "too_small", "too_big", "not_multiple_of", "custom"].includes(issue.code)
  ) {
    return null;
  }
  const path = jsonPath(issue.path);
  if (path === "report.meta.year") {
    return `${where}（报告年度）：文件中是 ${input}，应为${FIRST_YEAR}—${LAST_YEAR}之间的4位年份，或 null（未填写）`;
  }
  const cell = path.startsWith("report.") ? cellByPath(path.slice("report.".length)) : undefined;
  return cell ? `${where}（${cell.name}）：文件中是 ${input}，${CELL_RULE[cell.kind]}，或 null（未填写）` : null;
}

export function zodIssueText(issue: z.core.$ZodIssue): string {
  const where = jsonPath(issue.path) || "（文件顶层）";
  const rule = valueRuleText(issue, where);
  if (rule) return rule;
  switch (issue.code) {
    case "unrecognized_keys":
      return `${where}：有本工具不认识的字段 ${issue.keys.join("、")}`;
    case "invalid_type": {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return `${where}：缺少这一项`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const nullable = issue.path.length > 1 && issue.expected === "number" ? "或空值 null" : "";
      return `${where}：应为${expected}${nullable}，实际是${TYPE_NAMES[typeOf(input)] ?? typeOf(input)}`;
    }
    case "invalid_value":
      return `${where}：值不在允许范围内（允许：${issue.values.map((v) => JSON.stringify(v)).join("、")}）`;
    case "invalid_format":
      return `${where}：格式不对（应为${issue.format === "date" ? "日期 YYYY-MM-DD" : issue.format}）`;
    case "invalid_union":
      return `${where}：值不在允许范围内`;
    case "too_small":
    case "too_big":
      return `${where}：数值超出范围`;
    default:
      return `${where}：${issue.message}`;
  }
}
