/** Reading the figures clerks write: `2`, `２`, `1.5`, `两`, `十二`, `一百零五`. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = "[零〇一二两三四五六七八九十百千]+";

/** `十二` → 12, `一百零五` → 105, `两` → 2; null when it is not a well-formed numeral. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch];
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** Full-width digits and point to ASCII, one character for one, so offsets stay valid. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** An Arabic or Chinese figure as a number. */
export function figureValue(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  return chineseNumeral(text);
}
