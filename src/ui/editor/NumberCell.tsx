import { useFormContext } from "react-hook-form";
import { parseCellInput, type Report } from "../../report";
import type { CellDef } from "../../template";
import { useReadOnly } from "./editorMode";

/**
 * An entered cell. Text that is not a number is kept as typed so the `value` check reports it;
 * blank stays `null` (counts as 0).
 */
export function NumberCell({ cell }: { cell: CellDef }) {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  return (
    <input
      {...register(cell.path as "s6.body", {
        setValueAs: (raw: unknown) => {
          if (typeof raw !== "string") return raw;
          const parsed = parseCellInput(raw, cell.kind);
          return parsed.ok ? parsed.value : raw;
        },
      })}
      aria-label={cell.name}
      inputMode={cell.kind === "amount" ? "decimal" : "numeric"}
      autoComplete="off"
      readOnly={readOnly}
    />
  );
}
