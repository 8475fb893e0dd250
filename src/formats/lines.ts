/**
 * Splits pasted or imported text into lines of two kinds: table rows (Markdown pipe rows or
 * tab-separated rows copied from a web page) and text lines (with their Markdown heading level).
 */

export type Line =
  /** `fragment`: one cell of a table copied one cell per line (`规章 |`), or a lone `|` between such cells. */
  | { kind: "row"; cells: string[]; index: number; fragment?: true }
  | { kind: "text"; text: string; level: number; index: number }
  | { kind: "rule"; index: number };

/** Splits a pipe row on unescaped `|`, dropping the outer pipes. */
function pipeCells(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && line[i + 1] === "|") {
      current += "\\|";
      i++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  cells.push(current);
  const trimmed = cells.map((c) => c.trim());
  if (line.trim().startsWith("|")) trimmed.shift();
  if (line.trim().endsWith("|") && !line.trim().endsWith("\\|")) trimmed.pop();
  return trimmed;
}

const HAS_UNESCAPED_PIPE = /(^|[^\\])\|/;
const SEPARATOR_CELL = /^:?-{1,}:?$/;

function isSeparatorRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => SEPARATOR_CELL.test(c));
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    if (line.includes("\t")) {
      out.push({ kind: "row", cells: line.split("\t").map((c) => c.trim()), index });
      return;
    }
    if (HAS_UNESCAPED_PIPE.test(line)) {
      const cells = pipeCells(line);
      if (isSeparatorRow(cells)) return;
      const t = line.trim();
      const closed = t.length > 1 && t.startsWith("|") && t.endsWith("|");
      out.push(
        cells.length <= 1 && !closed ? { kind: "row", cells, index, fragment: true } : { kind: "row", cells, index },
      );
      return;
    }
    const trimmed = line.trim();
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed.replace(/\s/g, ""))) {
      out.push({ kind: "rule", index });
      return;
    }
    const heading = trimmed.match(/^(#{1,6})\s+(.*)$/);
    out.push(
      heading
        ? { kind: "text", text: heading[2].replace(/\s+#+$/, "").trim(), level: heading[1].length, index }
        : { kind: "text", text: trimmed, level: 0, index },
    );
  });
  return out;
}
