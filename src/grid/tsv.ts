/**
 * Tab-separated text, as Excel, WPS and browsers put a block of cells on the clipboard. Quoted cells (Excel
 * quotes a cell holding a tab, a line break or a quote) are read as one cell.
 */

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const input = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"' && cell === "") {
      const end = closingQuote(input, i + 1);
      if (end > 0) {
        cell = input.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === "\t" || ch === "\n") {
      row.push(cell);
      cell = "";
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else {
      cell += ch;
    }
    i++;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/** Index of the quote closing a quoted cell that starts at `from`, or -1 when the cell is not really quoted. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" ? i : -1;
  }
  return -1;
}

const FORMULA_PREFIX = /^[=+\-@]/;

/**
 * One cell as clipboard text. A leading `= + - @` would make a spreadsheet run the text as a formula, so
 * such a cell is prefixed with an apostrophe; tabs, line breaks and quotes are quoted as Excel does.
 */
export function tsvCell(value: string): string {
  const safe = FORMULA_PREFIX.test(value) ? `'${value}` : value;
  return /[\t\n\r"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(tsvCell).join("\t")).join("\n");
}
