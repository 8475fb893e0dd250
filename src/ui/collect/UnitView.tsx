import type { UnitEntry } from "../../collect";
import { ReportEditor } from "../editor/ReportEditor";

/** One unit's report as received, read-only, with its findings (last year's report, when received, feeds the checks). */
export function UnitView({ entry, onBack }: { entry: UnitEntry; onBack: () => void }) {
  const current = entry.current;
  if (!current) return null;
  return (
    <ReportEditor
      key={current.file.id}
      initialReport={current.report}
      readOnly
      checkContext={{ ...current.context, lastYear: entry.lastYear?.report }}
      toolbar={
        <>
          <span className="collect-readonly">只读：{current.file.fileName}</span>
          <button type="button" onClick={onBack}>
            返回汇总
          </button>
        </>
      }
    />
  );
}
