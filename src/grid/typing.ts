/**
 * What a clerk may type into a number cell, judged keystroke by keystroke: text that can still become a
 * number (`1,2` on the way to `1,234`) is let through; text that never can is refused at once, with why.
 */
import { parseCellInput } from "../report";
import type { CellKind } from "../template";

export type Screened = { ok: true; value: number | null; complete: boolean } | { ok: false; message: string };

const HALF = (text: string) =>
  text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

export function screenTyping(text: string, kind: CellKind): Screened {
  const parsed = parseCellInput(text, kind);
  if (parsed.ok) return { ok: true, value: parsed.value, complete: true };
  const plain = HALF(text).replace(/[\s\u3000]/g, "");
  if (plain.startsWith("-")) return { ok: false, message: "不能填负数" };
  if (kind === "count" && /[.]/.test(plain)) return { ok: false, message: "件数只能填整数" };
  if (/\.\d{5,}$/.test(plain)) return { ok: false, message: "最多4位小数（万元）" };
  const pattern = kind === "count" ? /^\d[\d,，]*$/ : /^\d[\d,，]*(\.\d*)?$/;
  if (pattern.test(plain)) return { ok: true, value: null, complete: false };
  return { ok: false, message: kind === "count" ? "只能填数字（件数）" : "只能填数字（万元）" };
}
