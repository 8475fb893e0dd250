import { useFormContext } from "react-hook-form";
import type { Finding, Severity } from "../../checks";
import type { Report } from "../../report";
import { SECTIONS } from "../../template";
import { useReadOnly } from "./editorMode";
import { useFindings } from "./findingsContext";
import { fillBlankCells } from "./grid/fillBlanks";
import { useHistory } from "./history";
import { countRender } from "./renderCount";

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "提醒", info: "提示" };

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

/** Every finding of the checks, grouped by section; activating one moves focus to its first cell. */
export function FindingsPanel() {
  const findings = useFindings();
  const form = useFormContext<Report>();
  const history = useHistory();
  const readOnly = useReadOnly();
  countRender("FindingsPanel");
  const counts = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <p className="findings-summary" aria-live="polite">
        {findings.length === 0
          ? "未发现问题"
          : `错误 ${counts("error")} 项，提醒 ${counts("warning")} 项，提示 ${counts("info")} 项`}
      </p>
      {[{ key: "meta", title: "基本信息", table: undefined } as const, ...SECTIONS].map((s) => {
        const mine = findings.filter((f) => f.section === s.key);
        if (mine.length === 0) return null;
        return (
          <section key={s.key} aria-label={`检查结果：${s.title}`}>
            <h3>{s.title}</h3>
            <ul>
              {mine.map((f) => (
                <li key={f.fingerprint ?? `${f.id}:${f.section}:${f.cells.join(",")}`}>
                  <button
                    type="button"
                    className={`finding ${f.severity}`}
                    data-check={f.id}
                    data-severity={f.severity}
                    data-fingerprint={f.fingerprint}
                    onClick={() => focusFinding(f)}
                  >
                    <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
                    {f.message}
                  </button>
                  {f.id === "blank-cells" && s.table && !readOnly && (
                    <button
                      type="button"
                      className="finding-fix"
                      aria-label={`${s.title}：空白填0`}
                      onClick={() => s.table && fillBlankCells(form, history, s.table)}
                    >
                      空白填0
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
