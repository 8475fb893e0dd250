import type { Finding, FindingKind } from "./types";

/** What a check returns for required content not filled in yet: nothing wrong (info), still to do. */
export const TODO = { severity: "info", todo: true } as const;

/** How a finding is shown and counted: 待填 for a to-do, else its severity. */
export function kindOf(finding: Pick<Finding, "severity" | "todo">): FindingKind {
  return finding.todo ? "todo" : finding.severity;
}
