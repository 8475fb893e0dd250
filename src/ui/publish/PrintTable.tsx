import {
  COLUMN_WIDTHS,
  cellAlign,
  fontStack,
  type PublishCell,
  type PublishTable,
  SONG_FONTS,
  TABLE_FONT_PT,
} from "../../publish";

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

/** A table of the printed document: the template's merged cells, heading rows repeated on each page. */
export function PrintTable({ table }: { table: PublishTable }) {
  return (
    <table
      className={`print-table ${table.table}`}
      data-table={table.table}
      style={{ fontFamily: fontStack(SONG_FONTS), fontSize: `${TABLE_FONT_PT[table.table]}pt` }}
    >
      <colgroup>
        {COLUMN_WIDTHS[table.table].map((width, i) => (
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
