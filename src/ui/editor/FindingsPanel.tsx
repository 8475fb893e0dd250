import { memo } from "react";
import { useFormContext } from "react-hook-form";
import { completenessLine, type Finding, type FindingKind, kindOf } from "../../checks";
import type { Report } from "../../report";
import { SECTIONS, type TableKey } from "../../template";
import { useReadOnly } from "./editorMode";
import { useFindings, useProgress } from "./findingsContext";
import { fillBlankCells } from "./grid/fillBlanks";
import { useHistory } from "./history";
import { countRender } from "./renderCount";

const KIND_LABEL: Record<FindingKind, string> = { error: "错误", warning: "提醒", todo: "待填", info: "提示" };

function focusFinding(finding: Finding) {
  const target = finding.cells
    .map((path) => document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`))
    .find((el) => el !== null);
  if (target) {
    target.scrollIntoView({ block: "center" });
    target.focus();
  } else {
    document.getElementById(finding.section)?.scrollIntoView();
  }
}

/**
 * Keys that stay while a finding's figures change (相差5 → 相差6 as the clerk types), so the item is updated in
 * place, not removed and added again: the check, section and cells, numbered when several share them.
 */
function keyed(findings: readonly Finding[]): [string, Finding][] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.id}:${f.section}:${f.cells.join(",")}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [n ? `${base}#${n}` : base, f];
  });
}

interface FindingItemProps {
  finding: Finding;
  table: TableKey | undefined;
  title: string;
  onActivate?: () => void;
}

const sameItem = (a: FindingItemProps, b: FindingItemProps) =>
  a.table === b.table &&
  a.title === b.title &&
  a.onActivate === b.onActivate &&
  a.finding.message === b.finding.message &&
  a.finding.severity === b.finding.severity &&
  a.finding.todo === b.finding.todo &&
  a.finding.fingerprint === b.finding.fingerprint &&
  a.finding.cells.join() === b.finding.cells.join();

/** One finding; re-rendered only when what it shows changes, as the checks run after every few keys. */
const FindingItem = memo(function FindingItem({ finding: f, table, title, onActivate }: FindingItemProps) {
  const form = useFormContext<Report>();
  const history = useHistory();
  const readOnly = useReadOnly();
  return (
    <li>
      <button
        type="button"
        className={`finding ${kindOf(f)}`}
        data-check={f.id}
        data-severity={f.severity}
        data-todo={f.todo}
        data-fingerprint={f.fingerprint}
        onClick={() => {
          onActivate?.();
          focusFinding(f);
        }}
      >
        <span className="severity">{KIND_LABEL[kindOf(f)]}</span>
        {f.message}
      </button>
      {f.id === "blank-cells" && table && !readOnly && (
        <button
          type="button"
          className="finding-fix"
          aria-label={`${title}：空白填0`}
          onClick={() => fillBlankCells(form, history, table)}
        >
          空白填0
        </button>
      )}
    </li>
  );
}, sameItem);

/**
 * 检查结果 in the toolbar: on a screen too narrow for the findings beside the form (CSS hides it otherwise), it
 * opens them as a drawer; its badge counts what is wrong.
 */
export function FindingsToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const findings = useFindings();
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return (
    <button type="button" className="side-toggle" aria-expanded={open} aria-controls="side-panel" onClick={onToggle}>
      检查结果
      {errors + warnings > 0 && (
        <span className={errors ? "badge error" : "badge warning"} title={`错误${errors}项，提醒${warnings}项`}>
          {errors + warnings}
        </span>
      )}
    </button>
  );
}

/**
 * Every finding of the checks, grouped by section; activating one moves focus to its first cell (and closes the
 * drawer the findings are in on a narrow screen, so the cell is not under it).
 */
export function FindingsPanel({ onActivate }: { onActivate?: () => void }) {
  const findings = useFindings();
  countRender("FindingsPanel");
  const progress = useProgress();
  const counts = (kind: FindingKind) => findings.filter((f) => kindOf(f) === kind).length;
  const summary = (["error", "warning", "todo", "info"] as const)
    .filter((kind) => counts(kind) > 0)
    .map((kind) => `${KIND_LABEL[kind]} ${counts(kind)} 项`)
    .join("，");
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <p className="findings-progress">{completenessLine(progress)}</p>
      <p className="findings-summary" aria-live="polite">
        {summary || "未发现问题"}
      </p>
      {[{ key: "meta", title: "基本信息", table: undefined } as const, ...SECTIONS].map((s) => {
        const mine = findings.filter((f) => f.section === s.key);
        if (mine.length === 0) return null;
        return (
          <section key={s.key} aria-label={`检查结果：${s.title}`}>
            <h3>{s.title}</h3>
            <ul>
              {keyed(mine).map(([key, f]) => (
                <FindingItem key={key} finding={f} table={s.table} title={s.title} onActivate={onActivate} />
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
