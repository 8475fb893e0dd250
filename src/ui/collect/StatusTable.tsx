import {
  type ColumnDef,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  FlexRender,
  filterFn_equalsString,
  filterFn_includesString,
  type Row,
  type RowSelectionState,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { memo } from "react";
import type { StatusRow } from "../../collect";
import { SortableHeaders } from "../common/SortableHeader";
import { balanceText, closestText, lastYearText, receivedText, stateText, submittedText } from "./statusText";

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

type Column = ColumnDef<typeof features, StatusRow>;

/** Missing figures sort after every figure, whichever way the column is sorted. */
const sortNumber = { sortFn: "basic" as const, sortUndefined: "last" as const };

const COLUMNS: Column[] = [
  { id: "unit", accessorFn: (r) => r.unit, header: "单位", sortFn: "alphanumeric", filterFn: "includesString" },
  { id: "organType", accessorFn: (r) => r.organType || "未知", header: "机关类型", sortFn: "alphanumeric" },
  { id: "state", accessorFn: (r) => stateText(r), header: "报送", filterFn: "equalsString", sortFn: "alphanumeric" },
  { id: "year", accessorFn: (r) => r.year ?? undefined, header: "年度", ...sortNumber },
  {
    id: "receivedAt",
    accessorFn: (r) => r.receivedAt ?? undefined,
    header: "收到时间",
    cell: (c) => receivedText(c.row.original),
    sortFn: "alphanumeric",
    sortUndefined: "last",
  },
  {
    id: "submitted",
    accessorFn: (r) => r.submitted?.submittedAt,
    header: "定稿",
    cell: (c) => {
      const row = c.row.original;
      return (
        <span
          data-hash={row.submitted ? (row.submitted.verified ? "verified" : "mismatch") : undefined}
          title={row.submitted?.problem ?? undefined}
        >
          {submittedText(row)}
        </span>
      );
    },
    sortFn: "alphanumeric",
    sortUndefined: "last",
  },
  { id: "balance", accessorFn: (r) => balanceText(r.balance), header: "勾稽关系", sortFn: "alphanumeric" },
  { id: "errors", accessorFn: (r) => r.errors ?? undefined, header: "错误", ...sortNumber },
  { id: "warnings", accessorFn: (r) => r.warnings ?? undefined, header: "警告", ...sortNumber },
  {
    id: "closest",
    accessorFn: (r) => r.closest?.score,
    header: "与其他单位最相似",
    cell: (c) => closestText(c.row.original),
    ...sortNumber,
  },
  { id: "review", accessorFn: (r) => r.review ?? "", header: "审阅", sortFn: "alphanumeric" },
  {
    id: "lastYear",
    accessorFn: (r) => r.lastYear ?? undefined,
    header: "与上年相似",
    cell: (c) => lastYearText(c.row.original),
    ...sortNumber,
  },
];

export interface StatusTableProps {
  rows: StatusRow[];
  selection: RowSelectionState;
  onSelection: (next: RowSelectionState) => void;
  onOpen: (unit: string) => void;
}

const STATES = ["已报送", "未报送"];

/** 报送情况: one row per roster unit, sortable, filterable, columns can be hidden, filed units can be selected for 合计. */
export function StatusTable({ rows, selection, onSelection, onOpen }: StatusTableProps) {
  const table = useTable({
    features,
    columns: COLUMNS,
    data: rows,
    getRowId: (r) => r.unit,
    enableRowSelection: (row) => row.original.received,
    state: { rowSelection: selection },
    onRowSelectionChange: (updater) => onSelection(typeof updater === "function" ? updater(selection) : updater),
  });
  const unitColumn = table.getColumn("unit");
  const stateColumn = table.getColumn("state");
  const shown = table.getRowModel().rows;
  const visibleColumns = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(" ");
  return (
    <div className="collect-status">
      <div className="collect-tools">
        <label>
          筛选单位
          <input
            type="search"
            value={String(unitColumn?.getFilterValue() ?? "")}
            onChange={(e) => unitColumn?.setFilterValue(e.target.value || undefined)}
          />
        </label>
        <label>
          按报送情况筛选
          <select
            value={String(stateColumn?.getFilterValue() ?? "")}
            onChange={(e) => stateColumn?.setFilterValue(e.target.value || undefined)}
          >
            <option value="">全部</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="collect-columns">
          <legend>显示的列</legend>
          {table
            .getAllLeafColumns()
            .filter((c) => c.id !== "unit")
            .map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {String(column.columnDef.header)}
              </label>
            ))}
        </fieldset>
      </div>
      <p className="collect-count" aria-live="polite">
        显示{shown.length}个单位（共{rows.length}个），已选{Object.values(selection).filter(Boolean).length}个用于合计
      </p>
      <table className="collect-table" aria-label="各单位报送情况">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="全选已报送的单位"
                checked={table.getIsAllRowsSelected()}
                onChange={table.getToggleAllRowsSelectedHandler()}
              />
            </th>
            <SortableHeaders headers={table.getFlatHeaders()} />
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <StatusTableRow
              key={row.id}
              row={row}
              original={row.original}
              selected={row.getIsSelected()}
              columns={visibleColumns}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface StatusTableRowProps {
  row: Row<typeof features, StatusRow>;
  /** What the row shows: with `selected` and `columns` the only props it re-renders for (sorting moves it, no more). */
  original: StatusRow;
  selected: boolean;
  /** The visible columns' ids. */
  columns: string;
  onOpen: (unit: string) => void;
}

const StatusTableRow = memo(
  function StatusTableRow({ row, original, selected, onOpen }: StatusTableRowProps) {
    return (
      <tr className={original.received ? undefined : "collect-missing"}>
        <td>
          {original.received && (
            <input
              type="checkbox"
              aria-label={`合计时计入${original.unit}`}
              checked={selected}
              onChange={row.getToggleSelectedHandler()}
            />
          )}
        </td>
        {row.getVisibleCells().map((cell) =>
          cell.column.id === "unit" ? (
            <th key={cell.id} scope="row">
              {original.received ? (
                <button type="button" className="link-button" onClick={() => onOpen(original.unit)}>
                  {original.unit}
                </button>
              ) : (
                original.unit
              )}
            </th>
          ) : (
            <td key={cell.id} data-column={cell.column.id}>
              <FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
    );
  },
  (a, b) => a.original === b.original && a.selected === b.selected && a.columns === b.columns && a.onOpen === b.onOpen,
);
