import { useCallback, useEffect, useMemo } from "react";
import { DISPOSITION_LABEL, type Disposition } from "../../review/model";
import type { ThreadComment } from "../../review/thread";
import { targetElement } from "./targets";

/** Puts `attribute` on each element `marks` names, and takes it off again when `marks` (a stable callback) changes. */
function useMarks(marks: () => Map<HTMLElement, string>, attribute: string) {
  useEffect(() => {
    const marked = marks();
    for (const [element, value] of marked) element.dataset[attribute] = value;
    return () => {
      for (const element of marked.keys()) delete element.dataset[attribute];
    };
  }, [marks, attribute]);
}

function countMarks(comments: readonly ThreadComment[]): Map<HTMLElement, string> {
  const counts = new Map<HTMLElement, number>();
  for (const c of comments) {
    const element = c.resolved || c.deleted ? null : targetElement(c.target);
    if (element) counts.set(element, (counts.get(element) ?? 0) + 1);
  }
  return new Map([...counts].map(([element, n]) => [element, String(n)]));
}

/**
 * Marks, in the editor itself, the fields, cells, sections and findings that have open comments or a disposition:
 * data attributes on the existing elements (styled in review.css), so the editor needs no review code.
 * Off the keystroke path: comments on fields and sections are marked again only when the comments change; only
 * those on findings (few) follow `findingsKey`, which changes when the findings shown do.
 */
export function useCommentMarkers(
  comments: readonly ThreadComment[],
  dispositions: readonly Disposition[],
  findingsKey: string,
) {
  const [onFields, onFindings] = useMemo(
    () => [comments.filter((c) => c.target.kind !== "finding"), comments.filter((c) => c.target.kind === "finding")],
    [comments],
  );
  useMarks(
    useCallback(() => countMarks(onFields), [onFields]),
    "reviewComments",
  );
  useMarks(
    // biome-ignore lint/correctness/useExhaustiveDependencies: findingsKey changes when the finding buttons do
    useCallback(() => countMarks(onFindings), [onFindings, findingsKey]),
    "reviewComments",
  );
  useMarks(
    // biome-ignore lint/correctness/useExhaustiveDependencies: findingsKey changes when the finding buttons do
    useCallback(
      () =>
        new Map(
          dispositions.flatMap((d): [HTMLElement, string][] => {
            const element = targetElement({ kind: "finding", fingerprint: d.fingerprint, checkId: d.checkId });
            return element ? [[element, `${DISPOSITION_LABEL[d.status]}：${d.reason}`]] : [];
          }),
        ),
      [dispositions, findingsKey],
    ),
    "disposition",
  );
}
