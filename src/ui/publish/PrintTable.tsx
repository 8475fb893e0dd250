import { cellAlign, fontStack, type PublishCell, type PublishTable, SONG_FONTS, tableFit } from "../../publish";

interface RowProps {
  table: PublishTable;
  cells: PublishCell[];
  header: boolean;
  /** A copy on the preview's sheets: without the data attributes that name the cells. */
  copy: boolean;
}

function Row({ table, cells, header, copy }: RowProps) {
  return (
    <tr>
      {cells.map((cell, c) => {
        const Tag = header ? "th" : "td";
        return (
          <Tag
            // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
            key={c}
            colSpan={cell.colspan}
            rowSpan={cell.rowspan}
            scope={header ? "col" : undefined}
            className={`${cellAlign(table.table, cell, header)}${cell.kind === "number" ? " figure" : ""}`}
            data-path={copy ? undefined : cell.path}
          >
            {cell.text}
          </Tag>
        );
      })}
    </tr>
  );
}

/**
 * A table of the printed document: the template's merged cells, heading rows repeated on each page, and columns
 * and type at which every figure fits on one line (tableFit). `headerOnly` gives the heading rows alone, which the
 * page preview repeats at the top of a page that continues the table.
 */
export function PrintTable({
  table,
  copy = false,
  headerOnly = false,
}: {
  table: PublishTable;
  copy?: boolean;
  headerOnly?: boolean;
}) {
  const fit = tableFit(table);
  return (
    <table
      className={`print-table ${table.table}${headerOnly ? " continued" : ""}`}
      data-table={copy ? undefined : table.table}
      style={{ fontFamily: fontStack(SONG_FONTS), fontSize: `${fit.fontPt}pt` }}
    >
      <colgroup>
        {fit.widths.map((width, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed by the template
          <col key={i} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      {table.header.length > 0 && (
        <thead>
          {table.header.map((cells, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the template
            <Row key={r} table={table} cells={cells} header copy={copy} />
          ))}
        </thead>
      )}
      {!headerOnly && (
        <tbody>
          {table.body.map((cells, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the template
            <Row key={r} table={table} cells={cells} header={false} copy={copy} />
          ))}
        </tbody>
      )}
    </table>
  );
}
