import { useEffect } from "react";
import { type Comment, DISPOSITION_LABEL, type Disposition } from "../../review/model";
import { targetElement } from "./targets";

/**
 * Marks, in the editor itself, the fields, cells, sections and findings that have open comments or a disposition:
 * data attributes on the existing elements (styled in review.css), so the editor needs no review code.
 */
export function useCommentMarkers(comments: readonly Comment[], dispositions: readonly Disposition[]) {
  useEffect(() => {
    const counts = new Map<HTMLElement, number>();
    for (const c of comments) {
      const element = c.resolved ? null : targetElement(c.target);
      if (element) counts.set(element, (counts.get(element) ?? 0) + 1);
    }
    for (const [element, n] of counts) element.dataset.reviewComments = String(n);
    const disposed: HTMLElement[] = [];
    for (const d of dispositions) {
      const element = targetElement({ kind: "finding", fingerprint: d.fingerprint, checkId: d.checkId });
      if (!element) continue;
      element.dataset.disposition = `${DISPOSITION_LABEL[d.status]}：${d.reason}`;
      disposed.push(element);
    }
    return () => {
      for (const element of counts.keys()) delete element.dataset.reviewComments;
      for (const element of disposed) delete element.dataset.disposition;
    };
  }, [comments, dispositions]);
}
