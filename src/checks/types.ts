import type { Report } from "../report";
import type { SectionKey, TableKey } from "../template";

/** The template spec's (section 6), also the page's `data-severity`: error: the report is wrong; warning: probably
 * wrong or incomplete; info: worth knowing. */
export type Severity = "error" | "warning" | "info";

/**
 * How a finding is shown and counted (kindOf): its severity, or `todo` for required content not filled in yet.
 * A to-do is not a fault (a new report is all to-dos and nothing is red), but exports still ask before it goes out.
 */
export type FindingKind = Severity | "todo";

/** Where a finding is shown: under 基本信息 (`meta`) or under one of the six sections. */
export type FindingPlace = SectionKey | "meta";

/** One thing wrong (or worth knowing) about a report, pointing at the cells or fields it concerns. */
export interface Finding {
  /** The check id from the template spec, e.g. `balance`. */
  id: string;
  severity: Severity;
  /** Required content not filled in yet (severity info): shown as 待填, see FindingKind. */
  todo?: true;
  /** Chinese, with the figures, saying what to do. */
  message: string;
  /** Key paths of the cells or fields concerned, most relevant first. */
  cells: string[];
  /** The section the finding belongs to, for grouping (`meta` for 基本信息). */
  section: FindingPlace;
  expected?: number;
  actual?: number;
  /**
   * Identifies this finding across edits: built from the check id and the facts it concerns (cells, figures),
   * never from wording or unrelated text, so a reviewer's disposition sticks to it until those facts change.
   * A check may set it; `runChecks` fills it in for every finding that does not.
   */
  fingerprint?: string;
}

/** A finding as `runChecks` returns it: always with its fingerprint. */
export type CheckedFinding = Finding & { fingerprint: string };

/** What the checks know beyond the report itself. */
export interface CheckContext {
  /** Tables an imported document did not contain (they must not be silently zero-filled). */
  absentTables?: readonly TableKey[];
  /** Last year's report of the same body, when one is known (a draft of year − 1, or imported for the purpose). */
  lastYear?: Report;
  /** Publication deadline for 乡镇/街道 reports as `MM-DD`; the template leaves it to the locality (default `01-31`). */
  townshipDeadline?: string;
  /** Findings only an import can make (a stated total that does not add up, a cut-short table); shown as they are. */
  importFindings?: readonly Finding[];
  /**
   * Entered cells whose value is unknown (e.g. text that is not a valid number): treated as not filled, never 0.
   * Cells an import did not read are added from `absentTables` and `importFindings` (see unknownCells.ts).
   */
  unknownCells?: readonly string[];
}

export type Check = (report: Report, context: CheckContext) => Finding[];
