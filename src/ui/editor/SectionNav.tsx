import { useEffect, useState } from "react";
import { SECTIONS } from "../../template";
import { useFindings } from "./findingsContext";
import { countRender } from "./renderCount";

/** How far below the top of the form's scroll area the section "in view" is read: below its sticky headings. */
const READING_LINE_PX = 96;

/**
 * The section the clerk is looking at: the one crossing a line just below the top of the form's scroll area
 * (a short section scrolled to the top counts, not the next one). Followed with an IntersectionObserver on that
 * line, so scrolling costs no work of ours.
 */
function useSectionInView(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0].key);
  useEffect(() => {
    const root = document.getElementById("report-main");
    if (!root) return;
    let observer: IntersectionObserver | null = null;
    const observe = () => {
      observer?.disconnect();
      const below = Math.max(0, root.clientHeight - READING_LINE_PX - 1);
      observer = new IntersectionObserver(
        (entries) => {
          const crossing = entries.filter((e) => e.isIntersecting).at(-1);
          if (crossing) setCurrent(crossing.target.id);
        },
        { root, rootMargin: `-${READING_LINE_PX}px 0px -${below}px 0px` },
      );
      for (const s of SECTIONS) {
        const element = document.getElementById(s.key);
        if (element) observer.observe(element);
      }
    };
    observe();
    window.addEventListener("resize", observe);
    return () => {
      window.removeEventListener("resize", observe);
      observer?.disconnect();
    };
  }, []);
  return current;
}

/** The six sections, each with a live count of what its checks found. */
export function SectionNav() {
  const findings = useFindings();
  const current = useSectionInView();
  countRender("SectionNav");
  return (
    <nav className="section-nav" aria-label="报告章节">
      <ol>
        {SECTIONS.map((s) => {
          const mine = findings.filter((f) => f.section === s.key && f.severity !== "info");
          const errors = mine.filter((f) => f.severity === "error").length;
          return (
            <li key={s.key}>
              <a href={`#${s.key}`} aria-current={current === s.key ? "location" : undefined}>
                {s.title}
              </a>
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
