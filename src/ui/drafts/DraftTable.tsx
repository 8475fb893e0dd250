import {
  type ColumnDef,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { type FormEvent, type KeyboardEvent, memo, useState } from "react";
import type { DraftSummary } from "../../drafts";
import { SortableHeaders } from "../common/SortableHeader";
import { draftStatus, draftTitle, savedTime } from "./draftLabels";

export interface DraftActions {
  open: (id: string) => void;
  duplicate: (summary: DraftSummary) => void;
  nextYear: (summary: DraftSummary) => void;
  trash: (summary: DraftSummary) => void;
  rename: (summary: DraftSummary, name: string) => void;
}

/** The draft's name as a field in its row: Enter or 保存 keeps it, Esc or 取消 leaves it as it was. */
function RenameForm({ summary, done }: { summary: DraftSummary; done: (name: string | null) => void }) {
  const [name, setName] = useState(draftTitle(summary));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    done(name);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") done(null);
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <input
        aria-label="草稿名称（留空则按机关和年度命名）"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={100}
        // biome-ignore lint/a11y/noAutofocus: the field appears because the clerk asked to rename
        autoFocus
      />
      <button type="submit">保存名称</button>
      <button type="button" onClick={() => done(null)}>
        取消
      </button>
    </form>
  );
}

const Row = memo(function Row({ summary, actions }: { summary: DraftSummary; actions: DraftActions }) {
  const title = draftTitle(summary);
  const editable = !summary.newerVersion;
  const [renaming, setRenaming] = useState(false);
  const renamed = (name: string | null) => {
    setRenaming(false);
    if (name !== null && name.trim() !== (summary.name ?? "")) actions.rename(summary, name);
  };
  return (
    <tr data-draft-id={summary.id}>
      <th scope="row">
        {renaming ? (
          <RenameForm summary={summary} done={renamed} />
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => actions.open(summary.id)}
            aria-label={`打开：${title}`}
          >
            {summary.name ?? (summary.organ || "（未填写机关名称）")}
          </button>
        )}
        {summary.name && !renaming && <span className="draft-organ">{summary.organ || "（未填写机关名称）"}</span>}
      </th>
      <td>{summary.year ?? "—"}</td>
      <td>{draftStatus(summary)}</td>
      <td>{savedTime(summary.savedAt)}</td>
      <td>
        错误 {summary.findings.error} · 提醒 {summary.findings.warning} · 待填 {summary.findings.todo}
      </td>
      <td className="row-actions">
        {editable && (
          <>
            <button type="button" onClick={() => actions.duplicate(summary)} aria-label={`复制：${title}`}>
              复制
            </button>
            <button type="button" onClick={() => setRenaming(true)} aria-label={`重命名：${title}`}>
              重命名
            </button>
            {!summary.reviewCopy && (
              <button type="button" onClick={() => actions.nextYear(summary)} aria-label={`下一年度：${title}`}>
                下一年度
              </button>
            )}
            <button type="button" onClick={() => actions.trash(summary)} aria-label={`删除：${title}`}>
              删除
            </button>
          </>
        )}
      </td>
    </tr>
  );
});

/** Rows rendered at first; the rest on request, so 1,000 drafts still open at once. */
export const PAGE_SIZE = 50;

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** Problems first when sorted by 检查结果: errors weigh most, then warnings, then what is still to fill. */
const findingWeight = (s: DraftSummary) =>
  s.findings.error * 1_000_000 + s.findings.warning * 1_000 + Math.min(s.findings.todo, 999);

const COLUMNS: ColumnDef<typeof features, DraftSummary>[] = [
  { id: "title", accessorFn: (s) => draftTitle(s), header: "草稿", sortFn: "alphanumeric" },
  { id: "year", accessorFn: (s) => s.year ?? undefined, header: "年度", sortFn: "basic", sortUndefined: "last" },
  { id: "status", accessorFn: (s) => draftStatus(s), header: "状态", sortFn: "alphanumeric" },
  { id: "savedAt", accessorFn: (s) => s.savedAt, header: "最后保存", sortFn: "alphanumeric" },
  { id: "findings", accessorFn: findingWeight, header: "检查结果", sortFn: "basic" },
];

const NEWEST_FIRST = [{ id: "savedAt", desc: true }];

/**
 * The drafts, newest first, sortable by each column (@tanstack/react-table's sorted row model over the summaries;
 * the rows themselves are memoised, so 1,000 drafts still open at once and a sort re-orders, not re-renders).
 */
export function DraftTable({ drafts, actions }: { drafts: readonly DraftSummary[]; actions: DraftActions }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const table = useTable({
    features,
    columns: COLUMNS,
    data: drafts as DraftSummary[],
    getRowId: (s) => s.id,
    initialState: { sorting: NEWEST_FIRST },
  });
  const rows = table.getRowModel().rows;
  const hidden = rows.length - limit;
  return (
    <>
      <table className="drafts-table" aria-label="草稿列表">
        <thead>
          <tr>
            <SortableHeaders headers={table.getFlatHeaders()} />
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <Row key={row.id} summary={row.original} actions={actions} />
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button type="button" className="drafts-more" onClick={() => setLimit(limit + PAGE_SIZE * 5)}>
          显示更多（还有 {hidden} 份；也可用上方的年度和机关筛选）
        </button>
      )}
    </>
  );
}
