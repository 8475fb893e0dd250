/**
 * Our Markdown export read back as plain blocks (headings, paragraphs, tables, rules) for a safe preview:
 * the UI renders them as elements, never as HTML. Escapes are undone here.
 */
import { splitLines } from "./lines";
import { unescapeMarkdown } from "./text";

export type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; header: string[]; rows: string[][] }
  | { kind: "rule" };

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const line of splitLines(markdown)) {
    const last = blocks.at(-1);
    if (line.kind === "row") {
      const cells = line.cells.map(unescapeMarkdown);
      if (last?.kind === "table") last.rows.push(cells);
      else blocks.push({ kind: "table", header: cells, rows: [] });
    } else if (line.kind === "rule") {
      blocks.push({ kind: "rule" });
    } else if (line.level > 0) {
      blocks.push({ kind: "heading", level: line.level, text: unescapeMarkdown(line.text) });
    } else {
      blocks.push({ kind: "paragraph", text: unescapeMarkdown(line.text) });
    }
  }
  return blocks;
}
