import {
  BODY_FONTS,
  CHAR_PITCH_PT,
  fontStack,
  HEI_FONTS,
  KAI_FONTS,
  type PublishBlock,
  type PublishDocument,
  signOffLayout,
  TITLE_FONTS,
} from "../../publish";
import { PrintTable } from "./PrintTable";

function Block({ block, copy }: { block: PublishBlock; copy: boolean }) {
  if (block.kind === "table") return <PrintTable table={block.table} copy={copy} />;
  if (block.kind === "heading") {
    // （一） in 楷体, a typed 1. heading in the body's 仿宋.
    const fonts = block.level === 2 ? KAI_FONTS : BODY_FONTS;
    return <h3 style={{ fontFamily: fontStack(fonts) }}>{block.text}</h3>;
  }
  return <p>{block.text}</p>;
}

/**
 * The printed document's content as one column (print.css `.print-type`): the column that prints, and the copies
 * the page preview cuts into sheets (`copy`: without the data attributes that name tables and cells).
 */
export function DocumentFlow({ doc, copy = false }: { doc: PublishDocument; copy?: boolean }) {
  return (
    <>
      <h1 style={{ fontFamily: fontStack(TITLE_FONTS) }}>
        {doc.titleLines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </h1>
      {doc.preamble.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own
        <p key={i}>{text}</p>
      ))}
      {doc.sections.map((section) => (
        <section key={section.title}>
          <h2 style={{ fontFamily: fontStack(HEI_FONTS) }}>{section.title}</h2>
          {section.blocks.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are in document order and never reordered
            <Block key={i} block={block} copy={copy} />
          ))}
        </section>
      ))}
      {doc.signOff.length > 0 && (
        <div className="sign-off">
          {signOffLayout(doc.signOff).map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own
            <p key={i} style={{ paddingLeft: `${line.indent * CHAR_PITCH_PT}pt` }}>
              {line.text}
            </p>
          ))}
        </div>
      )}
    </>
  );
}
