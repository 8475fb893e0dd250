/** What a check could not check because cells it needs hold no valid number (not read by an import, or invalid). */

import { fingerprintOf } from "./fingerprint";
import type { CheckedFinding, FindingPlace } from "./types";

export function notCheckedFinding(check: string, what: string, cells: string[], section: FindingPlace): CheckedFinding {
  return {
    id: "not-checked",
    severity: "info",
    message: `${what}未检查：所需的单元格还没有有效数字（导入时没有读到，或填写的不是有效数字；不按0计算）。补填或改正这些单元格后会自动检查。`,
    cells,
    section,
    fingerprint: fingerprintOf("not-checked", [check, ...cells]),
  };
}
