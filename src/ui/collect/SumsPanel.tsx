import { useMemo, useState } from "react";
import { compareWithSum, sumUnits, type UnitEntry, type UnitSums } from "../../collect";
import { formatFigure } from "../../publish";
import { SECTIONS } from "../../template";
import { downloadXlsx } from "./excelExport";
import { SumTable } from "./SumTable";

const TABLES = SECTIONS.flatMap((s) => (s.table ? [{ table: s.table, title: s.title }] : []));
/** A cell note per summed figure some unit left blank or held text in, for the Excel file. */
function gapNotes(sums: UnitSums): Map<string, string> {
  const notes = new Map<string, string>();
  for (const path of new Set([...sums.blank.keys(), ...sums.unknown.keys()])) {
    const blank = sums.blank.get(path) ?? [];
    const unknown = sums.unknown.get(path) ?? [];
    notes.set(
      path,
      [blank.length > 0 && `未填：${blank.join("、")}`, unknown.length > 0 && `非有效数字：${unknown.join("、")}`]
        .filter(Boolean)
        .join("；"),
    );
  }
  return notes;
}

const shown = (value: number | null) => (value === null ? "未填" : formatFigure(value));

/**
 * 合计: 二/三/四 summed over the selected units. The 区政府's own report is not added into its units' sum; it is
 * compared with it, for information (it also counts what was asked of the 区政府 itself).
 */
export function SumsPanel({
  units,
  government,
  name,
}: {
  units: UnitEntry[];
  government: UnitEntry | null;
  /** The collection's name, for the file name. */
  name: string;
}) {
  const [exportError, setExportError] = useState<string | null>(null);
  const sums = useMemo(
    () =>
      sumUnits(
        units.flatMap((e) =>
          e.current ? [{ unit: e.unit.name, report: e.current.report, context: e.current.context }] : [],
        ),
      ),
    [units],
  );
  const differences = useMemo(
    () => (government?.current ? compareWithSum(government.current.report, sums) : []),
    [government, sums],
  );
  return (
    <section className="collect-panel" aria-labelledby="collect-sums">
      <h2 id="collect-sums">各单位合计（{sums.units.length}个单位）</h2>
      {sums.units.length === 0 ? (
        <p>在上面的报送情况表中勾选已报送的单位，这里显示它们表二、表三、表四的合计。</p>
      ) : (
        <>
          <p className="collect-hint">
            合计单位：{sums.units.join("、")}。
            {government && `${government.unit.name}的本级报告不计入合计，在下方与合计对照。`}
          </p>
          <button
            type="button"
            onClick={() =>
              void downloadXlsx(
                { ...sums.report, meta: { ...sums.report.meta, organ: `${name}（${sums.units.length}个单位合计）` } },
                `${name}合计.xlsx`,
                gapNotes(sums),
              ).then(setExportError)
            }
          >
            导出合计 Excel
          </button>
          {exportError && <p role="alert">{exportError}</p>}
          {TABLES.map(({ table, title }) => (
            <div key={table}>
              <h3>{title}</h3>
              <SumTable table={table} sums={sums} title={title} />
            </div>
          ))}
        </>
      )}
      {government?.current && sums.units.length > 0 && (
        <div className="collect-compare" role="note" aria-label="区政府本级报告与合计的对照">
          <h3>{government.unit.name}本级报告与各单位合计对照（仅供参考，不是错误）</h3>
          {differences.length === 0 ? (
            <p>本级报告的各项数字与所选单位的合计一致。</p>
          ) : (
            <ul>
              {differences.map((d) => (
                <li key={d.path}>
                  {d.name}：本级报告{shown(d.own)}，各单位合计{shown(d.sum)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
