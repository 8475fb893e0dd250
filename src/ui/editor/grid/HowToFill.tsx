import { rowHint, TABLE_LAYOUTS, type TableKey } from "../../../template";
import { TABLE_GUIDANCE } from "../../../template/tableGuidance";
import { Dialog } from "../../common/Dialog";
import { parentPath } from "./rowKey";

/** Each body row of a table that has a 口径: its labels as the template shows them, and the note. */
function rowNotes(table: TableKey): { key: string; label: string; hint: string }[] {
  const layout = TABLE_LAYOUTS[table];
  return layout.body.flatMap((row) => {
    const data = row.find((c) => c.kind !== "label");
    const key = data ? parentPath(data.path) : "";
    const hint = rowHint(key);
    const label = row.flatMap((c) => (c.kind === "label" ? [c.text] : [])).join(" ");
    return hint ? [{ key, label, hint }] : [];
  });
}

/** 填表说明 of one table: how it is counted, worked examples, and every row's 口径 in the template's order. */
export function HowToFill({ table, title, onClose }: { table: TableKey; title: string; onClose: () => void }) {
  const guidance = TABLE_GUIDANCE[table];
  const rows = rowNotes(table);
  return (
    <Dialog title={`填表说明：${title}`} onClose={onClose} wide>
      <p>{guidance.intro}</p>
      {guidance.examples.map((example) => (
        <p key={example} className="how-to-example">
          {example}
        </p>
      ))}
      {rows.length > 0 && (
        <dl className="how-to-rows">
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.hint}</dd>
            </div>
          ))}
        </dl>
      )}
    </Dialog>
  );
}
