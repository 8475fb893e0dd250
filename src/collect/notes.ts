/**
 * The 汇总's notes on a unit's report (the review hand-back, docs/collect.md): a review record like a reviewer's,
 * one per collection and unit, kept across the unit's later files; and how the status table words its state.
 */
import type { Entry } from "../review/entry";
import { threadView, verdictView } from "../review/thread";

/** The review record's id: one thread per unit of a collection. */
export const unitNotesId = (collectionId: string, unit: string) => `collect-${collectionId}-${unit}`;

/** Every unit's notes of a collection list under this id prefix. */
export const notesPrefix = (collectionId: string) => `collect-${collectionId}-`;

/** What the review column says: nothing yet, notes not sent, 已退回 / 已通过, and whether a file came since. */
export function notesState(
  record: { entries: readonly Entry[]; reviewed: readonly { at: string }[] },
  receivedAt: string | null,
): string {
  const comments = threadView(record.entries, null).filter((c) => !c.deleted).length;
  const last = record.reviewed.at(-1);
  if (!last) return comments > 0 ? `有${comments}条意见，未退回` : "";
  const state = verdictView(record.entries)?.status === "approved" ? "已通过" : "已退回";
  return receivedAt && receivedAt > last.at ? `${state}，之后收到新文件` : state;
}
