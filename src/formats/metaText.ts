/** Reading the body name, year, body type and dates from the words of an imported report. */
import { ORGAN_TYPES, type OrganType } from "../template";
import { normLabel } from "./text";

const TITLE_SUFFIX = "政府信息公开工作年度报告";

/** `西工区红山街道办事处 2023 年政府信息公开工作年度报告` → organ and year (either may be missing). */
export function readTitle(title: string): { organ: string; year: number | null } {
  const text = title.trim();
  const suffix = text.lastIndexOf(TITLE_SUFFIX);
  const head = (suffix >= 0 ? text.slice(0, suffix) : text).trim();
  const year = (digits: string) => Number(digits.normalize("NFKC"));
  const yearLast = head.match(/^(.*?)\s*([0-9０-９]{4})\s*年度?$/s);
  if (yearLast) return { organ: yearLast[1].trim(), year: year(yearLast[2]) };
  const yearFirst = head.match(/^([0-9０-９]{4})\s*年度?\s*(.*)$/s);
  if (yearFirst) return { organ: yearFirst[2].trim(), year: year(yearFirst[1]) };
  // Without a year the title still reads `<机关>年政府信息…`.
  return { organ: head.replace(/年度?$/, "").trim(), year: null };
}

/**
 * The body type a name's ending makes plain, or "" when it does not: 街道办事处/街道 → 街道办事处, 镇/乡 (with or
 * without 人民政府) → 乡镇人民政府, 人民政府 → 县级以上人民政府, 局/委/办/厅 (and their 委员会, 办公室) → 部门.
 */
export function guessOrganType(organ: string): OrganType | "" {
  const name = normLabel(organ);
  const [county, department, township, street] = ORGAN_TYPES;
  if (/街道(办事处|办)?$/.test(name)) return street;
  if (/[乡镇](人民政府)?$/.test(name)) return township;
  if (name.endsWith("人民政府")) return county;
  if (/(局|委|委员会|办|办公室|厅)$/.test(name)) return department;
  return "";
}

/** `2024年1月20日`, `2024-01-20`, `2024/1/20` → `2024-01-20`, if it is a real date. */
export function readDate(text: string): string | null {
  const m = text.normalize("NFKC").match(/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** A line that is only a date, as a 落款 ends. */
export function isDateLine(line: string): boolean {
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line.normalize("NFKC").trim());
}

/** `发布日期：2024-01-20` in the lines a web page shows above the title. */
export function publishedOn(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (/(发布|成文|公开)(日期|时间)/.test(line)) {
      const date = readDate(line);
      if (date) return date;
    }
  }
  return null;
}
