/**
 * Reads the tables back out of a .docx's `word/document.xml` as rows of cells with their spans,
 * turning Word's vMerge chains back into rowspans, so tests can compare them with the template.
 */
import { strFromU8, unzipSync } from "fflate";

export interface ReadCell {
  text: string;
  colspan: number;
  rowspan: number;
}

const XML_ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1].replace(/&(lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e]))
    .join("");
}

export function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)["word/document.xml"]);
}

/** Each `<w:tbl>` as rows of its visible cells; a vMerge continuation adds to the rowspan above it. */
export function readTables(xml: string): { gridColumns: number; rows: ReadCell[][] }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) => {
    const gridColumns = [...tbl.matchAll(/<w:gridCol /g)].length;
    const rows: ReadCell[][] = [];
    /** The cell whose vertical merge is open at each grid column. */
    const open = new Map<number, ReadCell>();
    for (const [, tr] of tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)) {
      const row: ReadCell[] = [];
      let column = 0;
      for (const [, tc] of tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
        const colspan = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
        if (vMerge && vMerge[1] !== "restart") {
          const above = open.get(column);
          if (!above) throw new Error(`vMerge continues nothing at column ${column}`);
          above.rowspan++;
        } else {
          const cell = { text: xmlText(tc), colspan, rowspan: 1 };
          row.push(cell);
          if (vMerge) open.set(column, cell);
          else open.delete(column);
        }
        column += colspan;
      }
      if (column !== gridColumns) throw new Error(`a row spans ${column} of ${gridColumns} grid columns`);
      rows.push(row);
    }
    return { gridColumns, rows };
  });
}
