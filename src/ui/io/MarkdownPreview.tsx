import { type Block, markdownBlocks, toMarkdown } from "../../formats";
import type { Report } from "../../report";
import { Dialog } from "../common/Dialog";
import { useUnknownCells } from "../editor/findingsContext";

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      if (block.level === 1) return <h1>{block.text}</h1>;
      if (block.level === 2) return <h2>{block.text}</h2>;
      return <h3>{block.text}</h3>;
    case "paragraph":
      return <p>{block.text}</p>;
    case "rule":
      return <hr />;
    case "table":
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed table have no other identity
                <th key={i}>{cell}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed table have no other identity
              <tr key={r}>
                {row.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed table have no other identity
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The Markdown export as the reader will see it, rendered as elements: user text is never HTML. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  return (
    <article className="md-preview" aria-label="Markdown 预览">
      {markdownBlocks(markdown).map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the preview is rebuilt whole each time it opens
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}

/** 预览 Markdown: the report's Markdown export in a dialog. */
export function PreviewDialog({ report, onClose }: { report: Report; onClose: () => void }) {
  const unknown = useUnknownCells();
  return (
    <Dialog title="预览（导出的 Markdown）" onClose={onClose} wide>
      <MarkdownPreview markdown={toMarkdown(report, unknown)} />
    </Dialog>
  );
}
