import { useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { buildGridModel, type GridModel } from "../../../grid";
import type { Report } from "../../../report";
import {
  cellByPath,
  type LayoutCell,
  layoutMatrix,
  rowHint,
  SECTIONS,
  TABLE_LAYOUTS,
  type TableKey,
  type TableLayout,
} from "../../../template";
import { lazyView } from "../../common/firstUse";
import { useReadOnly } from "../editorMode";
import { useHistory } from "../history";
import { useLastYear } from "../lastYear";
import { type Store, useStore } from "../store";
import type { CompareMode } from "./compare";
import { fillBlankCells } from "./fillBlanks";
import { GridInput } from "./GridInput";
import { GridTotal } from "./GridTotal";
import { type GridState, gridStore } from "./gridState";
import { parentPath } from "./rowKey";
import { useGridHandlers } from "./useGridHandlers";

/** 填表说明 loads when first opened: its text is not part of the first page. */
const HowToFill = lazyView(() => import("./HowToFill").then((m) => m.HowToFill));

const MODELS: Record<TableKey, GridModel> = {
  t2: buildGridModel(TABLE_LAYOUTS.t2),
  t3: buildGridModel(TABLE_LAYOUTS.t3),
  t4: buildGridModel(TABLE_LAYOUTS.t4),
};

/**
 * Which columns hold row labels and which figures: the table is laid out fixed from these (label columns sized
 * in CSS, figure columns sharing the rest), so a keystroke never re-measures the whole table.
 */
function columnKinds(layout: TableLayout): ("label" | "num")[] {
  const body = layoutMatrix(layout).slice(layout.header.length);
  return Array.from({ length: layout.columns }, (_, col) =>
    body.some((row) => row[col] && row[col]?.kind !== "label") ? "num" : "label",
  );
}

const COLUMNS: Record<TableKey, ("label" | "num")[]> = {
  t2: columnKinds(TABLE_LAYOUTS.t2),
  t3: columnKinds(TABLE_LAYOUTS.t3),
  t4: columnKinds(TABLE_LAYOUTS.t4),
};

const hintId = (rowKey: string) => `hint-${rowKey}`;

/** A four-character heading (结果维持) may break only between its halves, never as 结果维/持. */
const breakable = (text: string) =>
  /^\p{Script=Han}{4}$/u.test(text) ? (
    <>
      {text.slice(0, 2)}
      <wbr />
      {text.slice(2)}
    </>
  ) : (
    text
  );

function Label({ cell, rowKey, header }: { cell: LayoutCell & { kind: "label" }; rowKey?: string; header: boolean }) {
  const hint = rowKey ? rowHint(rowKey) : undefined;
  return (
    <th
      className={header ? undefined : "label"}
      colSpan={cell.colspan}
      rowSpan={cell.rowspan}
      scope={header ? "col" : "row"}
      title={hint}
    >
      {breakable(cell.text)}
      {hint && rowKey && (
        <span id={hintId(rowKey)} hidden>
          口径：{hint}
        </span>
      )}
    </th>
  );
}

function Row({ cells, store, header }: { cells: readonly LayoutCell[]; store: Store<GridState>; header: boolean }) {
  const data = cells.find((c) => c.kind !== "label");
  const rowKey = data ? parentPath(data.path) : undefined;
  const ownLabel = cells.findLastIndex((c) => c.kind === "label");
  const hint = rowKey && rowHint(rowKey) ? hintId(rowKey) : undefined;
  return (
    <tr>
      {cells.map((cell, i) => {
        if (cell.kind === "label") {
          const isOwn = i === ownLabel && rowKey !== undefined;
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed by the template
          return <Label key={i} cell={cell} rowKey={isOwn ? rowKey : undefined} header={header || !rowKey} />;
        }
        const def = cellByPath(cell.path);
        if (!def) throw new Error(`template has no cell ${cell.path}`);
        return cell.kind === "derived" ? (
          <GridTotal key={cell.path} cell={def} colSpan={cell.colspan} store={store} />
        ) : (
          <GridInput key={cell.path} cell={def} colSpan={cell.colspan} store={store} hintId={hint} />
        );
      })}
    </tr>
  );
}

/** The 口径 of the row the cursor is in, shown under the table. */
function HintBar({ store }: { store: Store<GridState> }) {
  const rowKey = useStore(store, (s) => (s.focused ? parentPath(s.active) : ""));
  const hint = rowHint(rowKey);
  if (!hint) return null;
  return (
    <p className="hint-bar" aria-hidden="true">
      <strong>口径</strong>
      {hint}
    </p>
  );
}

/** 对照上年: last year's figure or the change beside every figure, when last year's report is known. */
function CompareChoice({ store, table }: { store: Store<GridState>; table: string }) {
  const lastYear = useLastYear();
  const mode = useStore(store, (s) => s.compare);
  if (!lastYear) return null;
  return (
    <label className="compare-choice">
      对照{lastYear.meta.year ? `${lastYear.meta.year}年` : "上年"}
      <select
        aria-label={`${table}：对照上年`}
        value={mode}
        onChange={(e) => {
          const compare = e.target.value as CompareMode;
          store.update((s) => ({ ...s, compare }));
        }}
      >
        <option value="off">不显示</option>
        <option value="last">上年数</option>
        <option value="change">增减</option>
      </select>
    </label>
  );
}

function GridStatus({ store }: { store: Store<GridState> }) {
  const status = useStore(store, (s) => s.status);
  return (
    <p className={`grid-status ${status.tone}`} role="status">
      {status.text}
    </p>
  );
}

/**
 * Table 二, 三 or 四 as a spreadsheet-like grid (WAI-ARIA grid pattern) laid out like the official table:
 * merged headings, label columns, derived cells computed live.
 */
export function StatGrid({ table }: { table: TableKey }) {
  const layout = TABLE_LAYOUTS[table];
  const model = MODELS[table];
  const [store] = useState(() => gridStore(model));
  const ref = useRef<HTMLTableElement>(null);
  const handlers = useGridHandlers(model, store, ref);
  const readOnly = useReadOnly();
  const form = useFormContext<Report>();
  const history = useHistory();
  const section = SECTIONS.find((s) => s.table === table);
  const [howTo, setHowTo] = useState(false);
  return (
    <div className="grid-block">
      <div className="grid-tools">
        <span className="grid-help" id={`help-${table}`}>
          方向键移动，直接输入数字即可填写，回车确认并下移，Esc 取消，F2 修改，Ctrl+Z 撤销；可从 Excel、WPS
          粘贴整块或带行名的整行。
        </span>
        <button type="button" aria-label={`${section?.title ?? ""}：填表说明`} onClick={() => setHowTo(true)}>
          填表说明
        </button>
        <CompareChoice store={store} table={section?.title ?? ""} />
        {!readOnly && (
          <button
            type="button"
            aria-label={`${section?.title ?? ""}：空白填0`}
            title="把这张表中所有未填写的单元格填为0"
            onClick={() => fillBlankCells(form, history, table)}
          >
            空白填0
          </button>
        )}
      </div>
      <table
        ref={ref}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern on a native table keeps its merged headings
        role="grid"
        className={`stat-table ${table}`}
        data-table={table}
        aria-labelledby={section ? `${section.key}-title` : undefined}
        aria-describedby={`help-${table}`}
        aria-rowcount={layout.header.length + layout.body.length}
        aria-colcount={layout.columns}
        aria-readonly={readOnly || undefined}
        {...handlers}
      >
        <colgroup>
          {COLUMNS[table].map((kind, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed by the template
            <col key={i} className={kind} />
          ))}
        </colgroup>
        {layout.header.length > 0 && (
          <thead>
            {layout.header.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: header rows are fixed by the template
              <Row key={r} cells={row} store={store} header />
            ))}
          </thead>
        )}
        <tbody>
          {layout.body.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: body rows are fixed by the template
            <Row key={r} cells={row} store={store} header={false} />
          ))}
        </tbody>
      </table>
      <HintBar store={store} />
      <GridStatus store={store} />
      {howTo && <HowToFill table={table} title={section?.title ?? ""} onClose={() => setHowTo(false)} />}
    </div>
  );
}
