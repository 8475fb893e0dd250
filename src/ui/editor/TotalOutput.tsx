import { useWatch } from "react-hook-form";
import { derivedInputs, numberOf } from "../../report";
import type { CellDef } from "../../template";

/** A derived cell: subscribes to exactly the cells it adds up, so typing elsewhere does not re-render it. */
export function TotalOutput({ cell }: { cell: CellDef }) {
  const inputs = derivedInputs(cell.path);
  const values = useWatch({ name: inputs }) as unknown[];
  const total = values.reduce<number>((n, v) => n + numberOf(v), 0);
  return (
    <output name={cell.path} aria-label={cell.name}>
      {total}
    </output>
  );
}
