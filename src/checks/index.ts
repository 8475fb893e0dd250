/** The check engine: every check is a pure function of the report; findings come out in a stable order. */
import type { Report } from "../report";
import { balanceCheck } from "./balance";
import { blankCellsCheck } from "./blankCells";
import { noticeCitationCheck, yearMismatchCheck } from "./citations";
import { copiedTextCheck } from "./copiedText";
import { carryOverCheck, validCountCheck } from "./crossYear";
import { withFingerprint } from "./fingerprint";
import { openImportFindings } from "./importFindings";
import { kindOf } from "./kind";
import { metaCheck } from "./meta";
import { missingSectionCheck } from "./missingSection";
import { feeNotReportedCheck, govItemsCheck, overviewAspectsCheck } from "./narrative";
import { deadlineCheck, feeUnitCheck, regulationsBodyCheck } from "./organRules";
import { proseNumberCheck } from "./proseNumber";
import type { Check, CheckContext, CheckedFinding } from "./types";
import { valueCheck } from "./values";

export { fingerprintOf } from "./fingerprint";
export { kindOf } from "./kind";
export type { Check, CheckContext, CheckedFinding, Finding, FindingKind, FindingPlace, Severity } from "./types";
export { type UnknownCells, unknownCells } from "./unknownCells";

export const CHECKS: Readonly<Record<string, Check>> = {
  "missing-meta": metaCheck,
  balance: balanceCheck,
  value: valueCheck,
  "missing-section": missingSectionCheck,
  "overview-aspects": overviewAspectsCheck,
  "fee-not-reported": feeNotReportedCheck,
  "prose-number": proseNumberCheck,
  "carry-over": carryOverCheck,
  "valid-count": validCountCheck,
  "regulations-body": regulationsBodyCheck,
  "gov-items": govItemsCheck,
  "fee-unit": feeUnitCheck,
  "year-mismatch": yearMismatchCheck,
  "notice-citation": noticeCitationCheck,
  deadline: deadlineCheck,
  "copied-text": copiedTextCheck,
  "blank-cells": blankCellsCheck,
};

const KIND_ORDER = { error: 0, warning: 1, todo: 2, info: 3 } as const;

/** Every finding, errors first, each with its fingerprint. */
export function runChecks(report: Report, context: CheckContext = {}): CheckedFinding[] {
  return Object.values(CHECKS)
    .flatMap((check) => check(report, context))
    .concat(openImportFindings(report, context.importFindings))
    .map(withFingerprint)
    .sort((a, b) => KIND_ORDER[kindOf(a)] - KIND_ORDER[kindOf(b)]);
}
export { beforeExport, whatIsLeft } from "./beforeExport";
export { isGovernment } from "./organ";
export { completenessLine, type SectionProgress, type SectionStatus, sectionProgress } from "./progress";
export { findingSchema } from "./schema";
