import { type DraftSummary, TRASH_DAYS } from "../../drafts";
import { draftTitle, savedTime } from "./draftLabels";

function daysLeft(deletedAt: string, now: Date): number {
  const elapsed = (now.getTime() - Date.parse(deletedAt)) / (24 * 3600 * 1000);
  return Math.max(0, Math.ceil(TRASH_DAYS - elapsed));
}

interface TrashTableProps {
  drafts: readonly DraftSummary[];
  onRestore: (summary: DraftSummary) => void;
  onPurge: (summary: DraftSummary) => void;
}

/** Deleted drafts, kept 30 days and restorable. */
export function TrashTable({ drafts, onRestore, onPurge }: TrashTableProps) {
  const now = new Date();
  if (drafts.length === 0) return <p className="drafts-empty">回收站是空的。</p>;
  return (
    <table className="drafts-table" aria-label="回收站">
      <thead>
        <tr>
          <th scope="col">草稿</th>
          <th scope="col">删除时间</th>
          <th scope="col">自动清除</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((summary) => {
          const title = draftTitle(summary);
          return (
            <tr key={summary.id} data-draft-id={summary.id}>
              <th scope="row">{title}</th>
              <td>{savedTime(summary.deletedAt ?? "")}</td>
              <td>{daysLeft(summary.deletedAt ?? "", now)} 天后</td>
              <td className="row-actions">
                <button type="button" onClick={() => onRestore(summary)} aria-label={`恢复：${title}`}>
                  恢复
                </button>
                <button type="button" onClick={() => onPurge(summary)} aria-label={`永久删除：${title}`}>
                  永久删除
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
