/**
 * What a clerk types (or pastes) into a number cell, read as the template's value. One rule for every path
 * that puts text into a cell: typing, pasting, the checks' `value` message and the exports.
 * Accepts full-width digits (`１２`), thousands separators (`1,234`, `1，234`) and surrounding spaces;
 * refuses letters, signs, exponents and, in a count cell, decimals.
 */
import type { CellKind } from "../template";

export type CellParse = { ok: true; value: number | null } | { ok: false; message: string };

/** What the cell accepts, said in every refusal so the clerk knows what to type instead. */
export const CELL_RULE: Record<CellKind, string> = {
  count: "件数只能填整数，不能为负数或小数，如 12",
  amount: "金额以万元为单位，不能为负数，最多保留4位小数，如 1.25",
};

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E]/g;

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function refusal(kind: CellKind, what: string): string {
  return `${what}：${CELL_RULE[kind]}`;
}

function refuse(kind: CellKind, what: string): CellParse {
  return { ok: false, message: refusal(kind, what) };
}

export function parseCellInput(raw: string, kind: CellKind): CellParse {
  const text = toHalfWidth(raw).replace(/[\s\u3000]/g, "");
  if (text === "") return { ok: true, value: null };
  if (/^[-−－]/.test(text)) return refuse(kind, "不能填负数");
  const plain = /^\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text) ? text.replace(/[,，]/g, "") : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return refuse(kind, "不是有效数字");
  if (kind === "count" && plain.includes(".")) return refuse(kind, "不能有小数");
  if (kind === "amount" && (plain.split(".")[1]?.length ?? 0) > 4) return refuse(kind, "小数超过4位");
  const value = Number(plain);
  if (!Number.isSafeInteger(Math.trunc(value))) return refuse(kind, "数字太大，请核对");
  return { ok: true, value };
}

/**
 * What a cell holds once `raw` is in it: the number it denotes, `null` when blank, or — when it is not a
 * valid number — the text exactly as typed, so it stays visible and is never read as another number.
 */
export function cellEntry(raw: string, kind: CellKind): number | null | string {
  const parsed = parseCellInput(raw, kind);
  return parsed.ok ? parsed.value : raw;
}

/** Why a cell's stored value is not acceptable, or null when it is (blank is acceptable). */
export function cellProblem(value: unknown, kind: CellKind): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const parsed = parseCellInput(value, kind);
    return parsed.ok ? refusal(kind, "保存的是文字，请重新输入数字") : parsed.message;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return refusal(kind, "不是有效数字");
  const parsed = parseCellInput(String(value), kind);
  return parsed.ok ? null : parsed.message;
}

/** A cell's value as text in a form field: blank stays blank, typed text that is not a number stays as typed. */
export function formatCellValue(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" ? String(value) : "";
}
