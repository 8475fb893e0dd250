import { useEffect, useState } from "react";
import type { SectionStatus } from "../../checks";
import { SECTIONS } from "../../template";
import { useFindings, useProgress } from "./findingsContext";
import { countRender } from "./renderCount";

/** How far below the top of the form's scroll area the section "in view" is read: below its sticky headings. */
const READING_LINE_PX = 96;

/**
 * The section the clerk is looking at: the last one whose top has passed a line just below the top of the form's
 * scroll area, or the first while the basic information above it is in view. An IntersectionObserver on that line
 * says when the answer may have changed, so scrolling costs no work of ours between crossings.
 */
function useSectionInView(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0].key);
  useEffect(() => {
    const root = document.getElementById("report-main");
    if (!root) return;
    const sections = SECTIONS.map((s) => document.getElementById(s.key)).filter((e) => e !== null);
    const read = () => {
      const line = root.getBoundingClientRect().top + READING_LINE_PX;
      const passed = sections.filter((e) => e.getBoundingClientRect().top <= line).at(-1);
      setCurrent((passed ?? sections[0]).id);
    };
    let observer: IntersectionObserver | null = null;
    // The form's height from a ResizeObserver, which reports after layout: reading clientHeight here, during the
    // first mount, would force the whole editor's first layout inside React's commit.
    let height = -1;
    const resized = new ResizeObserver(() => {
      if (root.clientHeight === height) return;
      height = root.clientHeight;
      observer?.disconnect();
      const below = Math.max(0, height - READING_LINE_PX - 1);
      observer = new IntersectionObserver(read, { root, rootMargin: `-${READING_LINE_PX}px 0px -${below}px 0px` });
      for (const element of sections) observer.observe(element);
    });
    resized.observe(root);
    return () => {
      resized.disconnect();
      observer?.disconnect();
    };
  }, []);
  return current;
}

const STATUS_CLASS: Record<SectionStatus, string> = {
  未开始: "not-started",
  填写中: "in-progress",
  已完成: "done",
  有问题: "problem",
};

/** The six sections, each with how far it is (未开始 / 填写中 / 已完成 / 有问题) and a count of what is wrong. */
export function SectionNav() {
  const findings = useFindings();
  const progress = useProgress();
  const current = useSectionInView();
  countRender("SectionNav");
  return (
    <nav className="section-nav" aria-label="报告章节">
      <ol>
        {SECTIONS.map((s) => {
          const mine = findings.filter(
            (f) => f.section === s.key && (f.severity === "error" || f.severity === "warning"),
          );
          const errors = mine.filter((f) => f.severity === "error").length;
          const status = progress.find((p) => p.section === s.key)?.status;
          return (
            <li key={s.key}>
              <a href={`#${s.key}`} aria-current={current === s.key ? "location" : undefined}>
                {s.title}
              </a>
              {status && <span className={`section-status ${STATUS_CLASS[status]}`}>{status}</span>}
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
