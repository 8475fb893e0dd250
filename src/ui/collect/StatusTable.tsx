import {
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  FlexRender,
  filterFn_equalsString,
  filterFn_includesString,
  functionalUpdate,
  type Row,
  type RowSelectionState,
  rowSelectionFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import { type Dispatch, Fragment, memo, type SetStateAction, useLayoutEffect, useRef } from "react";
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

/** How the office has arranged the table: kept by the workspace, so it survives files arriving and opening a unit. */
export interface StatusView {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  columnVisibility: ColumnVisibilityState;
}

export const INITIAL_STATUS_VIEW: StatusView = { sorting: [], columnFilters: [], columnVisibility: {} };

/** How far the rows are scrolled, kept by the workspace: back from a unit, the table is where the office left it. */
export interface ScrollPlace {
  current: number;
}

export interface StatusTableProps {
  rows: StatusRow[];
  selection: RowSelectionState;
  onSelection: Dispatch<SetStateAction<RowSelectionState>>;
  view: StatusView;
  onView: Dispatch<SetStateAction<StatusView>>;
  place: ScrollPlace;
  onOpen: (unit: string) => void;
}

const STATES = ["已报送", "未报送"];

/**
 * Up to this many rows are all in the page (the browser's find, print and a screen reader's table see each one);
 * beyond it only the rows scrolled to are (issue #19: sorting 500 rows was ~140 ms of layout and paint).
 */
const WINDOW_FROM = 100;
/** A row's height in px (two lines: names and times wrap on a 1366 px screen), until the rows drawn are measured. */
const ROW_HEIGHT = 47;

/** 报送情况: one row per roster unit, sortable, filterable, columns can be hidden, filed units can be selected for 合计. */
export function StatusTable({ rows, selection, onSelection, view, onView, place, onOpen }: StatusTableProps) {
  const table = useTable({
    features,
    columns: COLUMNS,
    data: rows,
    getRowId: (r) => r.unit,
    enableRowSelection: (row) => row.original.received,
    state: { rowSelection: selection, ...view },
    onRowSelectionChange: (updater) => onSelection((s) => functionalUpdate(updater, s)),
    onSortingChange: (updater) => onView((v) => ({ ...v, sorting: functionalUpdate(updater, v.sorting) })),
    onColumnFiltersChange: (updater) =>
      onView((v) => ({ ...v, columnFilters: functionalUpdate(updater, v.columnFilters) })),
    onColumnVisibilityChange: (updater) =>
      onView((v) => ({ ...v, columnVisibility: functionalUpdate(updater, v.columnVisibility) })),
  });
  const unitColumn = table.getColumn("unit");
  const stateColumn = table.getColumn("state");
  const shown = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  // The row holding the focus stays drawn when scrolled away, so the focus (and the next Tab) is not lost with it.
  const focused = useRef<string | null>(null);
  const windowed = shown.length > WINDOW_FROM;
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => shown[index]?.id ?? index,
    overscan: 12,
    enabled: windowed,
    initialOffset: () => place.current,
    rangeExtractor: (range) => {
      const drawn = defaultRangeExtractor(range);
      const keep = shown.findIndex((r) => r.id === focused.current);
      return keep < 0 || drawn.includes(keep) ? drawn : [...drawn, keep].sort((a, b) => a - b);
    },
  });
  // Drawn in full (up to 100 rows) the box is scrolled back by hand; windowed, `initialOffset` draws the right rows.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = place.current;
  }, [place]);
  const items = windowed ? virtualizer.getVirtualItems() : shown.map((_, index) => ({ index, start: 0, end: 0 }));
  /** Each drawn row, after a spacer for the rows not drawn before it (the focused row may stand apart). */
  let drawnTo = 0;
  const drawn = items.map((item) => {
    const gap = windowed ? item.start - drawnTo : 0;
    drawnTo = item.end;
    return { index: item.index, gap };
  });
  const below = windowed ? virtualizer.getTotalSize() - drawnTo : 0;
  const filed = rows.filter((r) => r.received).length;
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
        显示{shown.length}个单位（共{rows.length}个，已报送{filed}个），已选
        {Object.values(selection).filter(Boolean).length}个用于合计
      </p>
      <div
        className="collect-table-scroll"
        ref={scroller}
        onScroll={(e) => {
          place.current = e.currentTarget.scrollTop;
        }}
      >
        <table
          className="collect-table collect-status-table"
          aria-label="各单位报送情况"
          aria-rowcount={shown.length + 1}
        >
          <colgroup>
            <col className="collect-col-select" />
            {table.getVisibleLeafColumns().map((c) => (
              <col key={c.id} className={`collect-col-${c.id}`} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
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
          <tbody
            onFocus={(e) => {
              focused.current = e.target.closest("tr")?.dataset.rowId ?? null;
            }}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget)) focused.current = null;
            }}
          >
            {drawn.map(({ index, gap }) => {
              const row = shown[index];
              return (
                <Fragment key={row.id}>
                  {gap > 0 && <Spacer height={gap} />}
                  <StatusTableRow
                    row={row}
                    original={row.original}
                    selected={row.getIsSelected()}
                    columns={visibleColumns}
                    index={index}
                    measure={windowed ? virtualizer.measureElement : undefined}
                    onOpen={onOpen}
                  />
                </Fragment>
              );
            })}
            {below > 0 && <Spacer height={below} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The height of the rows not drawn, so the scroll bar is the whole table's. */
function Spacer({ height }: { height: number }) {
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row, nothing in it can take focus
  return <tr aria-hidden="true" className="collect-spacer" style={{ height }} />;
}

interface StatusTableRowProps {
  row: Row<typeof features, StatusRow>;
  /** What the row shows: with `selected` and `columns` the only props it re-renders for (sorting moves it, no more). */
  original: StatusRow;
  selected: boolean;
  /** The visible columns' ids. */
  columns: string;
  /** Its place among the rows shown (0 first), for `aria-rowindex` and the window's measuring. */
  index: number;
  /** When only the rows scrolled to are drawn: measures this row's height. */
  measure: ((row: HTMLTableRowElement | null) => void) | undefined;
  onOpen: (unit: string) => void;
}

const StatusTableRow = memo(
  function StatusTableRow({ row, original, selected, index, measure, onOpen }: StatusTableRowProps) {
    return (
      <tr
        ref={measure}
        data-index={index}
        data-row-id={original.unit}
        aria-rowindex={index + 2}
        className={original.received ? undefined : "collect-missing"}
      >
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
  (a, b) =>
    a.original === b.original &&
    a.selected === b.selected &&
    a.columns === b.columns &&
    a.index === b.index &&
    a.measure === b.measure &&
    a.onOpen === b.onOpen,
);
