import type { MouseEventHandler } from "react";
import "./sortableHeader.css";

interface SortableHeaderProps {
  label: string;
  sorted: false | "asc" | "desc";
  onSort: MouseEventHandler | undefined;
}

/** A column heading of a sortable table (@tanstack/react-table's sorting): sorts on click, says its direction in `aria-sort`. */
function SortableHeader({ label, sorted, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
      </button>
    </th>
  );
}

/** What a sortable table's header gives (@tanstack/react-table's `getFlatHeaders()`), as far as a heading needs it. */
interface SortableColumnHeader {
  id: string;
  column: {
    columnDef: { header?: unknown };
    getIsSorted: () => false | "asc" | "desc";
    getToggleSortingHandler: () => MouseEventHandler | undefined;
  };
}

/** The headings of every column of a sortable table, in order. */
export function SortableHeaders({ headers }: { headers: readonly SortableColumnHeader[] }) {
  return headers.map((header) => (
    <SortableHeader
      key={header.id}
      label={String(header.column.columnDef.header)}
      sorted={header.column.getIsSorted()}
      onSort={header.column.getToggleSortingHandler()}
    />
  ));
}
