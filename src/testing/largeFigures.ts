/**
 * Reports whose every figure is non-zero and long, for the house-style tests: figures must never wrap in a cell,
 * totals included (5-digit figures make 6- and 7-digit totals; 7-digit figures make 8-digit totals). Table 四
 * keeps 5-digit figures in both: its 15 columns hold at most 5-digit figures and 6-digit totals even at 7 pt
 * (docs/publish.md), and seven-figure counts of reviews and lawsuits do not occur.
 * The prose is the seed's, with a 落款 whose name is longer than its date and a few paragraphs of pure text.
 */
import { type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "./hongshan2023";

/** Every input cell of 二, 三 and 四 set to a distinct `digits`-digit figure; 万元 amounts with 4 decimals. */
export function largeFigures(digits: 5 | 7): Report {
  let report = hongshan2023();
  INPUT_CELLS.forEach((cell, i) => {
    const first = 10 ** ((cell.path.startsWith("t4.") ? 5 : digits) - 1);
    const value = cell.kind === "amount" ? first + i + 0.1234 : first * 9 + i * 7;
    report = setAt(report, cell.path, value);
  });
  report.meta = { ...report.meta, signOff: "西工区红山街道办事处\n2024年1月15日" };
  return report;
}
