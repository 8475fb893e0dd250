import type { QuarantinedRecord } from "../../drafts";
import { downloadText } from "../common/files";
import { savedTime } from "./draftLabels";

interface QuarantineListProps {
  records: readonly QuarantinedRecord[];
  onDelete: (record: QuarantinedRecord) => void;
}

/** Records that could not be read: set aside, never opened as empty drafts, exportable as they were stored. */
export function QuarantineList({ records, onDelete }: QuarantineListProps) {
  if (records.length === 0) return null;
  return (
    <section className="drafts-quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">无法打开的记录（{records.length}）</h2>
      <p>
        这些记录已损坏或格式不符，没有被当作空白草稿打开，也不会被改动。可导出原始内容交技术人员恢复，确认不需要后再删除。
      </p>
      <ul>
        {records.map((record) => (
          <li key={record.id} data-quarantine-id={record.id}>
            <span className="quarantine-reason">
              记录 {record.id}：{record.reason}（发现于 {savedTime(record.quarantinedAt)}）
            </span>
            <button
              type="button"
              onClick={() => downloadText(`无法打开的草稿记录-${record.id}.txt`, record.raw, "text/plain")}
              aria-label={`导出原始内容：记录 ${record.id}`}
            >
              导出原始内容
            </button>
            <button type="button" onClick={() => onDelete(record)} aria-label={`删除记录：${record.id}`}>
              删除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
