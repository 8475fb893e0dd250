/**
 * Text helpers shared by the Markdown writer and the importers: escaping user text so it cannot break
 * a Markdown document, undoing that escaping, and normalising labels before they are compared
 * (template spec section 8: brackets, colons, commas, white space, `1.`/`1．`/`1、`, quotes; `src/template/labelReader.ts`).
 */

export { normLabel, withoutOrdinal } from "../template";

/** Characters that mean something anywhere in a Markdown line (GFM tables included). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;
/** Line starts that would turn a paragraph into a heading, list, quote, rule or setext underline. */
const BLOCK_START = /^(\+|-|=|>|\d+[.)])/;

/**
 * Web and e-mail addresses (`http://`, `https://`, `www.`, `name@host.cn`): ASCII up to white space, Chinese text
 * or punctuation, brackets or a character that could end a table cell; a sentence's final `.` or `,` is not part.
 */
const ADDRESS =
  /(?:https?:\/\/|www\.)[^\s\\`*[\]()<>|"'\u0080-\uffff]*[^\s\\`*[\]()<>|"'\u0080-\uffff.,:;!?]|[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * An address as a link that every renderer reads the same (pandoc, markdown-it, remark): `<http://…>` and
 * `<name@host.cn>` are CommonMark autolinks, delimited and never unescaped; `www.…` has no scheme, so it is
 * `[www\.…](http://www.…)`. Escaping inside a bare address (`content\_5382991.htm`) or leaving it bare (pandoc
 * runs a bare link on through `。邮箱（…）`) would link to another address.
 */
function addressLink(address: string): string {
  if (!address.startsWith("www.")) return `<${address}>`;
  // `www\.`: pandoc would autolink the link text again, inside the link.
  return `[www\\.${address.slice(4).replace(INLINE_SPECIAL, "\\$&")}](http://${address})`;
}

/** One line of text with Markdown's ASCII specials behind a backslash and addresses as links. */
function escapeSpecials(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    out += text.slice(last, match.index).replace(INLINE_SPECIAL, "\\$&") + addressLink(match[0]);
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(INLINE_SPECIAL, "\\$&");
}

/** Text made safe inside a table cell: one line, ASCII specials (`|` included) behind a backslash. */
export function escapeCell(text: string): string {
  return escapeSpecials(text.replace(/[\r\n\t]+/g, " ").trim());
}

/** One line of user text, made safe as a Markdown paragraph or heading text. */
export function escapeInline(text: string): string {
  return escapeCell(text).replace(BLOCK_START, (start) => start.replace(/[+\-=>.)]$/, "\\$&"));
}

/**
 * Undo Markdown backslash escapes (CommonMark: a backslash before ASCII punctuation) and read an address link back
 * as its address: an autolink `<http://…>` / `<name@host.cn>`, or `[www.…](http://www.…)` as addressLink writes it.
 */
const MARKDOWN_TEXT =
  /\\([!-/:-@[-`{-~])|<((?:https?:\/\/|mailto:)[^\s<>]+|[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>|\[(www\\?\.[^\]\s]+)\]\(http:\/\/(www\.[^)\s]+)\)/g;

export function unescapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_TEXT, (whole, escaped, autolink, wwwText, wwwTarget) => {
    if (escaped !== undefined) return escaped;
    if (autolink !== undefined) return autolink.replace(/^mailto:/, "");
    const shown = (wwwText as string).replace(/\\([!-/:-@[-`{-~])/g, "$1");
    return shown === wwwTarget ? shown : whole;
  });
}

/**
 * The paragraphs of a multi-line text field as escaped Markdown lines. Each line is one paragraph;
 * blank lines and the white space around lines are not kept (the importer reads the same form back).
 */
export function proseParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeInline)
    .filter((line) => line !== "");
}

const CN_NUMERAL = "一二三四五六七八九十";

/** `一` → 1 … `十` → 10; anything else → null. */
export function cnNumeral(text: string): number | null {
  const i = CN_NUMERAL.indexOf(text);
  return text.length === 1 && i >= 0 ? i + 1 : null;
}

/**
 * A leading sub-item ordinal such as `（一）` or `(二) `: its 1-based number and the rest of the line.
 * `digits` also accepts `1.`, `1．`, `1、` (for Markdown headings only: in plain text they start list items).
 */
export function splitOrdinal(line: string, digits = false): { n: number; rest: string } | null {
  const m = line.match(new RegExp(`^\\s*[（(]\\s*([${CN_NUMERAL}])\\s*[)）]\\s*(.*)$`, "s"));
  if (m) return { n: cnNumeral(m[1]) ?? 0, rest: m[2].trim() };
  const d = digits ? line.match(/^\s*([1-9])\s*[.．、]\s*(.*)$/s) : null;
  return d ? { n: Number(d[1]), rest: d[2].trim() } : null;
}
