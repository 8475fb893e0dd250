/**
 * Import time grows linearly with the text: a row of 100,000 pipes once took seconds because blank cells were
 * dropped with Array.shift(). 200,000 pipes against 25,000 (8× the text) should take about 8× the time; the
 * quadratic version took 27–40×. A timing, so it lives here and not among the unit tests (issue #20).
 */
import { importDocument } from "../src/formats";
import { type Figure, round1 } from "./types";

const SHAPES: Record<string, (pipes: number) => string> = {
  只有竖线: (n) => "|".repeat(n),
  表二行名后接竖线和数字: (n) => `| 行政许可 ${"|".repeat(n)} 1 |`,
  竖线后接表四一行数字: (n) => `${"|".repeat(n)}${"1|".repeat(12)}`,
};

/** The fastest of a few runs: the least disturbed by other work on the machine. */
function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    importDocument(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function scaling(): Promise<Figure[]> {
  return Object.entries(SHAPES).map(([name, shape]) => ({
    name: `导入长串竖线（${name}）：20 万对 2.5 万的耗时倍数`,
    value: round1(fastest(shape(200_000)) / Math.max(fastest(shape(25_000)), 1)),
    unit: "倍",
    budget: 16,
  }));
}
