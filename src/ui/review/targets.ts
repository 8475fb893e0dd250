/** Where a comment points in the editor: found by the field's `name` or the finding's `data-fingerprint`. */
import type { CommentTarget } from "../../review/model";
import { fieldLabel, SECTIONS } from "../../template";

export function sectionTitle(key: string): string {
  return SECTIONS.find((s) => s.key === key)?.title ?? key;
}

export function targetLabel(target: CommentTarget, findingMessage?: string): string {
  if (target.kind === "section") return `章节：${sectionTitle(target.section)}`;
  if (target.kind === "field") return fieldLabel(target.path);
  return `检查结果：${findingMessage ?? target.checkId}`;
}

export function targetElement(target: CommentTarget): HTMLElement | null {
  if (target.kind === "field") return document.querySelector<HTMLElement>(`[name="${CSS.escape(target.path)}"]`);
  if (target.kind === "finding") {
    return document.querySelector<HTMLElement>(`[data-fingerprint="${CSS.escape(target.fingerprint)}"]`);
  }
  return document.getElementById(target.section);
}

/** The field or cell an element is (inputs and totals are named by key path), outside the review panel. */
export function fieldTargetOf(element: Element): CommentTarget | null {
  const name = element.getAttribute("name");
  return name && !element.closest(".review-panel") ? { kind: "field", path: name } : null;
}

/** The finding a clicked element belongs to, if any. */
export function findingTargetOf(element: Element): CommentTarget | null {
  const finding = element.closest<HTMLElement>("[data-fingerprint]");
  const fingerprint = finding?.dataset.fingerprint;
  return fingerprint ? { kind: "finding", fingerprint, checkId: finding.dataset.check ?? "" } : null;
}
