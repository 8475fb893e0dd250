import type { MouseEventHandler } from "react";
import "./sortableHeader.css";

interface SortableHeaderProps {
  label: string;
  sorted: false | "asc" | "desc";
  onSort: MouseEventHandler | undefined;
}

/** A column heading of a sortable table (@tanstack/react-table's sorting): sorts on click, says its direction in `aria-sort`. */
export function SortableHeader({ label, sorted, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
      </button>
    </th>
  );
}
