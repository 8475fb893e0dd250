import { INPUT_CELLS, SECTIONS } from "../template";
import { setAt } from "./paths";
import type { Report, SubItem } from "./schema";

function subItems(section: "s1" | "s5"): Record<string, SubItem> {
  const def = SECTIONS.find((s) => s.key === section);
  return Object.fromEntries(
    (def?.subItems ?? []).map((item) => [item.key, { heading: item.defaultHeading, body: "" }]),
  );
}

/** A report with default headings, empty prose and every cell blank. */
export function blankReport(): Report {
  let report: Report = {
    meta: { organ: "", year: null, organType: "", preamble: "", signOff: "", publishDate: "" },
    s1: subItems("s1"),
    t2: {},
    t3: {},
    t4: {},
    s5: subItems("s5"),
    s6: { body: "" },
  };
  for (const cell of INPUT_CELLS) report = setAt(report, cell.path, null);
  return report;
}
