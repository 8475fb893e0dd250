import type { CheckContext, Finding } from "../checks";
import type { Report } from "../report";

/** What an import produced: a new report and what was and was not read, or a refusal that changes nothing. */
export type ImportResult =
  | {
      ok: true;
      report: Report;
      /** Tables the document lacked and findings only the import can know (stated totals, cut-short tables). */
      context: CheckContext;
      /** What was read, one line each, in Chinese. */
      read: string[];
      /** What was not read and why, in Chinese. */
      notRead: string[];
      /** The draft the file was exported from, when the file says so (our JSON and 定稿 files): 退回 finds it by this. */
      draftId?: string;
    }
  | {
      ok: false;
      /** Why nothing was imported and what to do instead, in Chinese. */
      message: string;
      /** Findings that explain the refusal (e.g. `old-format`). */
      findings: Finding[];
    };

export function refuse(message: string, findings: Finding[] = []): ImportResult {
  return { ok: false, message, findings };
}
