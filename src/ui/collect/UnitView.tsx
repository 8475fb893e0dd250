import { useState } from "react";
import type { UnitEntry } from "../../collect";
import { ReportEditor } from "../editor/ReportEditor";
import { downloadXlsx } from "./excelExport";

/** One unit's report as received, read-only, with its findings (last year's report, when received, feeds the checks). */
export function UnitView({ entry, onBack }: { entry: UnitEntry; onBack: () => void }) {
  const current = entry.current;
  const [exportError, setExportError] = useState<string | null>(null);
  if (!current) return null;
  const { report } = current;
  return (
    <ReportEditor
      key={current.file.id}
      initialReport={current.report}
      readOnly
      checkContext={{ ...current.context, lastYear: entry.lastYear?.report }}
      toolbar={
        <>
          <span className="collect-readonly">只读：{current.file.fileName}</span>
          <button
            type="button"
            onClick={() =>
              void downloadXlsx(report, `${entry.unit.name}${report.meta.year ?? ""}年表二至表四.xlsx`).then(
                setExportError,
              )
            }
          >
            导出表格 Excel
          </button>
          {exportError && <span role="alert">{exportError}</span>}
          <button type="button" onClick={onBack}>
            返回汇总
          </button>
        </>
      }
    />
  );
}
