/** The check engine: every check is a pure function of the report; findings come out in a stable order. */
import type { Report } from "../report";
import { balanceCheck } from "./balance";
import { blankCellsCheck } from "./blankCells";
import { missingSectionCheck } from "./missingSection";
import type { Check, CheckContext, Finding } from "./types";
import { valueCheck } from "./values";

export type { Check, CheckContext, Finding, Severity } from "./types";
export { valueProblem } from "./values";

export const CHECKS: Readonly<Record<string, Check>> = {
  balance: balanceCheck,
  value: valueCheck,
  "missing-section": missingSectionCheck,
  "blank-cells": blankCellsCheck,
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(report: Report, context: CheckContext = {}): Finding[] {
  return Object.values(CHECKS)
    .flatMap((check) => check(report, context))
    .concat(context.importFindings ?? [])
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
