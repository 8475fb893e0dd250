import { useState } from "react";
import { type UnitEntry, unitNotesId } from "../../collect";
import type { DraftRepository } from "../../drafts";
import { ReportEditor } from "../editor/ReportEditor";
import { downloadXlsx } from "./excelExport";
import { UnitReview } from "./UnitReview";

/** One unit's report as received, read-only, with its findings (last year's report, when received, feeds the checks). */
interface UnitViewProps {
  entry: UnitEntry;
  drafts: DraftRepository;
  collectionId: string;
  onBack: () => void;
}

export function UnitView({ entry, drafts, collectionId, onBack }: UnitViewProps) {
  const current = entry.current;
  const [exportError, setExportError] = useState<string | null>(null);
  if (!current) return null;
  const { report, submitted } = current;
  return (
    <ReportEditor
      key={current.file.id}
      initialReport={current.report}
      readOnly
      checkContext={{ ...current.context, lastYear: entry.lastYear?.report }}
      toolbar={
        <>
          <span className="collect-readonly">只读：{current.file.fileName}</span>
          {submitted && (
            <details className="collect-submitted">
              <summary>
                定稿第 {submitted.version} 版（{submitted.verified ? "哈希已核验" : "哈希不符"}）
              </summary>
              <div className="collect-submitted-body">
                <p>签名：{submitted.signer}</p>
                {submitted.problem && <p role="alert">{submitted.problem}</p>}
                {submitted.reasons.length === 0 ? (
                  <p>定稿时没有未解决的错误或待填。</p>
                ) : (
                  <ol aria-label="定稿时说明的理由">
                    {submitted.reasons.map((r) => (
                      <li key={`${r.message}:${r.reason}`}>
                        {r.message}
                        <br />
                        理由：{r.reason}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            </details>
          )}
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
          <UnitReview
            drafts={drafts}
            notesId={unitNotesId(collectionId, entry.unit.name)}
            unit={entry.unit.name}
            read={current}
          />
          <button type="button" onClick={onBack}>
            返回汇总
          </button>
        </>
      }
    />
  );
}
