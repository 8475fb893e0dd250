import type { Finding, Severity } from "../../checks";
import { SECTIONS } from "../../template";
import { useFindings } from "./findingsContext";

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
  const counts = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <p className="findings-summary" aria-live="polite">
        {findings.length === 0
          ? "未发现问题"
          : `错误 ${counts("error")} 项，提醒 ${counts("warning")} 项，提示 ${counts("info")} 项`}
      </p>
      {SECTIONS.map((s) => {
        const mine = findings.filter((f) => f.section === s.key);
        if (mine.length === 0) return null;
        return (
          <section key={s.key} aria-label={s.title}>
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
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
