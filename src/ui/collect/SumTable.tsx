import type { UnitSums } from "../../collect";
import { formatFigure } from "../../publish";
import { getAt } from "../../report";
import { cellByPath, type LayoutCell, TABLE_LAYOUTS, type TableKey } from "../../template";

/** A cell's figure in the sum: blank when no unit filled it, else the sum, marked when some unit left it blank. */
function figure(sums: UnitSums, path: string): { text: string; gaps: boolean } {
  const gaps = (sums.blank.get(path)?.length ?? 0) + (sums.unknown.get(path)?.length ?? 0) > 0;
  const total = sums.totals[path];
  const value = total ?? getAt(sums.report, path);
  if (typeof value !== "number") return { text: "", gaps };
  return { text: formatFigure(value) + (gaps ? "*" : ""), gaps };
}

function Cell({ cell, sums, header }: { cell: LayoutCell; sums: UnitSums; header: boolean }) {
  if (cell.kind === "label") {
    return (
      <th colSpan={cell.colspan} rowSpan={cell.rowspan} scope={header ? "col" : "row"}>
        {cell.text}
      </th>
    );
  }
  const { text, gaps } = figure(sums, cell.path);
  return (
    <td colSpan={cell.colspan} data-path={cell.path} className={gaps ? "collect-gap" : undefined}>
      {text}
    </td>
  );
}

/** One of 二/三/四 with the template's merged cells, holding the sums; `*` marks a figure some unit left blank. */
export function SumTable({ table, sums, title }: { table: TableKey; sums: UnitSums; title: string }) {
  const layout = TABLE_LAYOUTS[table];
  const gaps = [...new Set([...sums.blank.keys(), ...sums.unknown.keys()])]
    .filter((path) => cellByPath(path)?.table === table && !cellByPath(path)?.derived)
    .map((path) => ({ path, blank: sums.blank.get(path) ?? [], unknown: sums.unknown.get(path) ?? [] }));
  return (
    <figure className="collect-sum">
      <table className="print-table collect-sum-table" data-table={table} aria-label={`${title}（合计）`}>
        <thead>
          {layout.header.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the template
            <tr key={r}>
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
                <Cell key={c} cell={cell} sums={sums} header />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {layout.body.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the template
            <tr key={r}>
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
                <Cell key={c} cell={cell} sums={sums} header={false} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {gaps.length > 0 && (
        <details className="collect-gaps">
          <summary>
            {title}有{gaps.length}个单元格部分单位未填（标 *，未填的不按 0 计入，合计只含已填的数字）
          </summary>
          <ul aria-label={`${title}未填的单元格`}>
            {gaps.map((g) => (
              <li key={g.path}>
                {cellByPath(g.path)?.name}：{g.blank.length > 0 && `未填——${g.blank.join("、")}`}
                {g.unknown.length > 0 &&
                  `${g.blank.length > 0 ? "；" : ""}不是有效数字或未读到——${g.unknown.join("、")}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}
