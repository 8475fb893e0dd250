/**
 * Rules that depend on who reports:
 * - regulations-body: only 国务院部门 and the governments of provinces and 设区的市 make 规章 (《立法法》);
 *   a 乡镇, 街道 or county-level body reporting 规章 has most likely put 行政规范性文件 in the wrong row;
 * - fee-unit: 行政事业性收费 is in 万元; an amount too large for the body is probably 元;
 * - deadline: 条例第四十九条 — 部门 by 1月31日, a 县级以上人民政府's own report by 3月31日, 乡镇/街道 by the date
 *   the 县级 government sets (`context.townshipDeadline`, default 01-31).
 */
import { cellNumber, type Report } from "../report";
import { cellByPath } from "../template";
import { fingerprintOf } from "./fingerprint";
import { isCountyLevel, isTownship } from "./organ";
import type { CheckContext, Finding } from "./types";

const REGULATION_CELLS = ["t2.regulations.issued", "t2.regulations.repealed", "t2.regulations.valid"];
const rowOf = (path: string) => cellByPath(path)?.rowLabel ?? path;

function cannotMakeRegulations(report: Report): string | null {
  if (isTownship(report)) return report.meta.organType;
  const type = report.meta.organType;
  if ((type === "县级以上人民政府" || type === "县级以上人民政府部门") && isCountyLevel(report)) {
    return type === "县级以上人民政府" ? "县级人民政府" : "县级人民政府部门";
  }
  return null;
}

export function regulationsBodyCheck(report: Report): Finding[] {
  const kind = cannotMakeRegulations(report);
  const values = REGULATION_CELLS.map((path) => cellNumber(report, path));
  if (!kind || values.every((v) => v === 0)) return [];
  const [issued, repealed, valid] = values;
  return [
    {
      id: "regulations-body",
      severity: "warning",
      message:
        `本机关为${kind}，不能制定规章（规章只能由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定），` +
        `但表二“${rowOf(REGULATION_CELLS[0])}”行填写了本年制发${issued}件、废止${repealed}件、现行有效${valid}件。` +
        `本机关制发的文件应填入“${rowOf("t2.normativeDocs.issued")}”行；请核对后把“${rowOf(REGULATION_CELLS[0])}”行改为0。`,
      cells: REGULATION_CELLS.filter((_, i) => values[i] !== 0),
      section: "s2",
      fingerprint: fingerprintOf("regulations-body", [kind, values]),
    },
  ];
}

/** Amounts in 万元 above which the figure was most likely typed in 元. */
const FEE_LIMIT_TOWNSHIP = 50;
const FEE_LIMIT = 1000;

export function feeUnitCheck(report: Report): Finding[] {
  const amount = cellNumber(report, "t2.fees.amount");
  const limit = isTownship(report) ? FEE_LIMIT_TOWNSHIP : FEE_LIMIT;
  if (amount < limit) return [];
  const asYuan = Number((amount / 10000).toFixed(4));
  return [
    {
      id: "fee-unit",
      severity: "warning",
      message:
        `表二“${rowOf("t2.fees.amount")}”填写的是${amount}万元（即${(amount * 10000).toLocaleString("zh-CN")}元），` +
        `对${report.meta.organType || "本机关"}来说明显偏大。这一栏的单位是万元：如果${amount}是以元计的金额，应填${asYuan}。请核对。`,
      cells: ["t2.fees.amount"],
      section: "s2",
      actual: amount,
      fingerprint: fingerprintOf("fee-unit", [amount, limit]),
    },
  ];
}

const DEFAULT_TOWNSHIP_DEADLINE = "01-31";
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MS = 86_400_000;

/** The deadline as `MM-DD` of the following year, and who it applies to; null when the template sets none. */
function deadlineOf(report: Report, context: CheckContext): { monthDay: string; who: string } | null {
  switch (report.meta.organType) {
    case "县级以上人民政府部门":
      return { monthDay: "01-31", who: "县级以上人民政府部门" };
    case "县级以上人民政府":
      return { monthDay: "03-31", who: "县级以上人民政府本级年度报告" };
    case "乡镇人民政府":
    case "街道办事处": {
      const configured = context.townshipDeadline ?? DEFAULT_TOWNSHIP_DEADLINE;
      return { monthDay: MONTH_DAY.test(configured) ? configured : DEFAULT_TOWNSHIP_DEADLINE, who: "乡镇、街道" };
    }
    default:
      return null;
  }
}

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

export function deadlineCheck(report: Report, context: CheckContext): Finding[] {
  const { year, publishDate } = report.meta;
  const rule = deadlineOf(report, context);
  if (!year || !publishDate || !rule) return [];
  const deadline = `${year + 1}-${rule.monthDay}`;
  if (publishDate <= deadline) return [];
  const late = Math.round((Date.parse(publishDate) - Date.parse(deadline)) / DAY_MS);
  return [
    {
      id: "deadline",
      severity: "warning",
      message:
        `${rule.who}的${year}年度报告应当在${chineseDate(deadline)}前公开（条例第四十九条），` +
        `公开日期填写的是${chineseDate(publishDate)}，晚了${late}天。公开日期填错的，请改正；确已逾期的，请尽快公开。`,
      cells: ["meta.publishDate"],
      section: "meta",
      actual: late,
      fingerprint: fingerprintOf("deadline", [publishDate, deadline]),
    },
  ];
}
