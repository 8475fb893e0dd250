import { cellAlign, fontStack, type PublishCell, type PublishTable, SONG_FONTS, tableFit } from "../../publish";

function Row({ table, cells, header }: { table: PublishTable; cells: PublishCell[]; header: boolean }) {
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
            className={cellAlign(table.table, cell, header)}
            data-path={cell.path}
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
 * and type at which every figure fits on one line (tableFit).
 */
export function PrintTable({ table }: { table: PublishTable }) {
  const fit = tableFit(table);
  return (
    <table
      className={`print-table ${table.table}`}
      data-table={table.table}
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
            <Row key={r} table={table} cells={cells} header />
          ))}
        </thead>
      )}
      <tbody>
        {table.body.map((cells, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the template
          <Row key={r} table={table} cells={cells} header={false} />
        ))}
      </tbody>
    </table>
  );
}
