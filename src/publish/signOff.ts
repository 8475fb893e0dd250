/**
 * Where the 落款 stands (GB/T 9704, a report signed without a seal): one blank line below the text, the body's
 * name 右空二字, and the date on the next line starting two characters to the right of the name's first character.
 * When the date is the longer, it stands 右空四字 and the name is centred above it. Positions in grid characters.
 */
import { emWidth, PAGE } from "./style";

export interface SignOffLine {
  text: string;
  /** Characters from the left edge of the text block to the line's first character. */
  indent: number;
}

const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

export function signOffLayout(lines: readonly string[]): SignOffLine[] {
  const dated = lines.length > 1 && DATE.test(lines[lines.length - 1]);
  const names = dated ? lines.slice(0, -1) : lines;
  const rightAligned = (text: string, right: number) => ({ text, indent: PAGE.chars - right - emWidth(text) });
  if (!dated) return names.map((text) => rightAligned(text, 2));
  const date = lines[lines.length - 1];
  const name = names[names.length - 1];
  if (emWidth(date) <= emWidth(name)) {
    return [...names.map((text) => rightAligned(text, 2)), { text: date, indent: PAGE.chars - emWidth(name) }];
  }
  const dateLine = rightAligned(date, 4);
  const centred = (text: string) => ({ text, indent: dateLine.indent + (emWidth(date) - emWidth(text)) / 2 });
  return [...names.map(centred), dateLine];
}
