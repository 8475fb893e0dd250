import { cellByPath, type LayoutCell, TABLE_LAYOUTS, type TableKey } from "../../template";
import { NumberCell } from "./NumberCell";
import { TotalOutput } from "./TotalOutput";

function Cell({ cell, header }: { cell: LayoutCell; header: boolean }) {
  if (cell.kind === "label") {
    const Tag = header ? "th" : "td";
    return (
      <Tag className="label" colSpan={cell.colspan} rowSpan={cell.rowspan} scope={header ? "col" : undefined}>
        {cell.text}
      </Tag>
    );
  }
  const def = cellByPath(cell.path);
  if (!def) throw new Error(`template has no cell ${cell.path}`);
  return (
    <td className={cell.kind === "derived" ? "num derived" : "num"} colSpan={cell.colspan}>
      {cell.kind === "derived" ? <TotalOutput cell={def} /> : <NumberCell cell={def} />}
    </td>
  );
}

/** One of tables 二, 三, 四 laid out like the official table, merged header cells included. */
export function StatTable({ table }: { table: TableKey }) {
  const layout = TABLE_LAYOUTS[table];
  return (
    <div className="table-scroll">
      <table className={`stat-table ${table}`} data-table={table}>
        {layout.header.length > 0 && (
          <thead>
            {layout.header.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: header rows are fixed by the template
              <tr key={r}>
                {row.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
                  <Cell key={c} cell={cell} header />
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody>
          {layout.body.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: body rows are fixed by the template
            <tr key={r}>
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
                <Cell key={c} cell={cell} header={false} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
