/**
 * What a clerk types (or pastes) into a number cell, read as the template's value.
 * Accepts full-width digits (`１２`), thousands separators (`1,234`, `1，234`) and surrounding spaces;
 * refuses letters, signs, exponents and, in a count cell, decimals.
 */
import type { CellKind } from "../template";

export type CellParse = { ok: true; value: number | null } | { ok: false; message: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E]/g;

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function parseCellInput(raw: string, kind: CellKind): CellParse {
  const text = toHalfWidth(raw).replace(/[\s\u3000]/g, "");
  if (text === "") return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, message: "不能填负数，请填0或正数" };
  const plain = /^\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text) ? text.replace(/[,，]/g, "") : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) {
    return { ok: false, message: kind === "count" ? "只能填数字（件数），如 12" : "只能填数字（万元），如 1.25" };
  }
  if (kind === "count" && plain.includes(".")) return { ok: false, message: "件数只能填整数，不能有小数" };
  if (kind === "amount" && (plain.split(".")[1]?.length ?? 0) > 4) {
    return { ok: false, message: "金额以万元为单位，最多保留4位小数" };
  }
  const value = Number(plain);
  if (!Number.isSafeInteger(Math.trunc(value))) return { ok: false, message: "数字太大，请核对" };
  return { ok: true, value };
}

/** A cell's value as text in a form field: blank stays blank. */
export function formatCellValue(value: unknown): string {
  return typeof value === "number" ? String(value) : "";
}
