import { SECTIONS } from "../../template";
import { useFindings } from "./findingsContext";
import { countRender } from "./renderCount";

/** The six sections, each with a live count of what its checks found. */
export function SectionNav() {
  const findings = useFindings();
  countRender("SectionNav");
  return (
    <nav className="section-nav" aria-label="报告章节">
      <ol>
        {SECTIONS.map((s) => {
          const mine = findings.filter((f) => f.section === s.key && f.severity !== "info");
          const errors = mine.filter((f) => f.severity === "error").length;
          return (
            <li key={s.key}>
              <a href={`#${s.key}`}>{s.title}</a>
              {mine.length > 0 && (
                <span className={errors ? "badge error" : "badge warning"} title={`${mine.length}个问题`}>
                  {mine.length}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
