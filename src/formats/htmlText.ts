/**
 * HTML (as mammoth makes it from a Word file) as the text the importer reads: one line per paragraph or heading,
 * each table row as a pipe row. Merged cells keep their place: a cell spanning columns is followed by empty
 * cells, and a cell spanning rows leaves an empty cell in the rows below, so every row of a table has the
 * same columns as the template's layout. Text is escaped as our Markdown export escapes it, so a paragraph
 * holding `|` or `**` stays a paragraph. A small tokenizer, not a DOM: it runs in Node (tests) and browsers.
 */
import { escapeCell, escapeInline } from "./text";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "caption"]);

interface Cell {
  text: string[];
  colspan: number;
  rowspan: number;
}

const span = (attrs: string, name: string) => {
  const m = attrs.match(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i"));
  return m ? Math.max(1, Math.min(Number(m[1]), 100)) : 1;
};

const pipeCell = (lines: readonly string[]) => escapeCell(lines.join(" "));

/** Rows of cells placed in a grid: spans from above and to the left become empty cells. */
function tableLines(rows: readonly Cell[][]): string[] {
  const taken: number[] = []; // per column: rows still covered by a rowspan from above
  return rows.map((cells) => {
    const out: string[] = [];
    let col = 0;
    const skipTaken = () => {
      while ((taken[col] ?? 0) > 0) {
        taken[col]--;
        out.push("");
        col++;
      }
    };
    for (const cell of cells) {
      skipTaken();
      out.push(pipeCell(cell.text));
      for (let i = 0; i < cell.colspan; i++) {
        if (i > 0) out.push("");
        taken[col] = cell.rowspan - 1;
        col++;
      }
    }
    skipTaken();
    return `| ${out.join(" | ")} |`;
  });
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let text: string[] = [];
  const tables: { rows: Cell[][]; cell: Cell | null }[] = [];
  const flush = () => {
    const line = decode(text.join(""))
      .replace(/[ \t\r\n]+/g, " ")
      .trim();
    text = [];
    if (line === "") return;
    const table = tables.at(-1);
    if (table?.cell) table.cell.text.push(line);
    else if (!table) lines.push(escapeInline(line));
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, close, rawTag, attrs, chars] = m;
    if (chars !== undefined) {
      text.push(chars);
      continue;
    }
    const tag = rawTag.toLowerCase();
    const table = tables.at(-1);
    if (tag === "br") text.push("\n");
    else if (BLOCK.has(tag)) flush();
    else if (tag === "table" && !close) {
      flush();
      tables.push({ rows: [], cell: null });
    } else if (tag === "table" && table) {
      flush();
      tables.pop();
      // A table inside a table cell is read as that cell's text.
      const done = tableLines(table.rows);
      const outer = tables.at(-1);
      if (outer?.cell) outer.cell.text.push(...done);
      else lines.push(...done);
    } else if (tag === "tr" && table && !close) table.rows.push([]);
    else if ((tag === "td" || tag === "th") && table) {
      flush();
      if (close) table.cell = null;
      else {
        table.cell = { text: [], colspan: span(attrs, "colspan"), rowspan: span(attrs, "rowspan") };
        (table.rows.at(-1) ?? table.rows[table.rows.push([]) - 1]).push(table.cell);
      }
    }
  }
  flush();
  return lines.join("\n");
}
