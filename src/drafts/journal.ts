/**
 * The last-chance copy: when the tab is hidden or closing, the open draft's unsaved edits are also
 * written to localStorage, synchronously, because an IndexedDB write started in `pagehide` may not
 * commit before the page is gone. The next open of the draft picks them up (see recoverJournal).
 */
import type { Report } from "../report";
import { JOURNAL_PREFIX as PREFIX } from "./keys";
import { checkReportShape } from "./reportShape";

export interface JournalEntry {
  /** The stored revision these edits were made on. */
  revision: number;
  report: Report;
}

export function writeJournal(id: string, entry: JournalEntry): void {
  writeJournalText(id, entry.revision, JSON.stringify(entry.report));
}

/** The same entry from the report's JSON text, which the autosaver already holds (no second serialisation). */
export function writeJournalText(id: string, revision: number, reportText: string): void {
  try {
    localStorage.setItem(PREFIX + id, `{"revision":${revision},"report":${reportText}}`);
  } catch (error) {
    console.error("could not keep unsaved edits in localStorage", error);
  }
}

export function clearJournal(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // Nothing was kept there, then.
  }
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const text = localStorage.getItem(PREFIX + id);
    if (!text) return null;
    const entry = JSON.parse(text) as Partial<JournalEntry>;
    const shape = checkReportShape(entry.report);
    return typeof entry.revision === "number" && shape.ok ? { revision: entry.revision, report: shape.report } : null;
  } catch {
    return null;
  }
}

/** What to do with a journal entry when its draft is opened at `stored` revision with `storedReport`. */
export type Recovery = "none" | "discard" | "resume" | "separate";

export function recoverJournal(entry: JournalEntry | null, revision: number, storedReport: Report): Recovery {
  if (!entry) return "none";
  if (JSON.stringify(entry.report) === JSON.stringify(storedReport)) return "discard";
  // Made on what is stored now: carry on from it. Made on an older revision: someone saved since, keep both.
  return entry.revision === revision ? "resume" : "separate";
}
