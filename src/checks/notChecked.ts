/** What a check could not check because cells it needs were not read from the imported document. */

import type { SectionKey } from "../template";
import { fingerprintOf } from "./fingerprint";
import type { CheckedFinding } from "./types";

export function notCheckedFinding(check: string, what: string, cells: string[], section: SectionKey): CheckedFinding {
  return {
    id: "not-checked",
    severity: "info",
    message: `${what}未检查：所需的单元格没有从导入的文件中读到（未填写，不是0）。补填这些单元格后会自动检查。`,
    cells,
    section,
    fingerprint: fingerprintOf("not-checked", [check, ...cells]),
  };
}
