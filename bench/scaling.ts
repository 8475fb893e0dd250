/**
 * Import time grows linearly with the text: a row of 100,000 pipes once took seconds because blank cells were
 * dropped with Array.shift(). 200,000 pipes against 25,000 (8× the text) should take about 8× the time; the
 * quadratic version took 27–40×. A timing, so it lives here and not among the unit tests (issue #20).
 * The checks likewise (issue #14): 1,000,000 digits in one paragraph ≤ 200 ms, and prose-number over 50,000
 * figures in one paragraph (27.5 s when each figure re-split the whole text into sentences).
 */
import { runChecks } from "../src/checks";
import { importDocument } from "../src/formats";
import { setAt } from "../src/report";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { type Figure, round1 } from "./types";

const SHAPES: Record<string, (pipes: number) => string> = {
  只有竖线: (n) => "|".repeat(n),
  表二行名后接竖线和数字: (n) => `| 行政许可 ${"|".repeat(n)} 1 |`,
  竖线后接表四一行数字: (n) => `${"|".repeat(n)}${"1|".repeat(12)}`,
};

/** The fastest of a few runs: the least disturbed by other work on the machine. */
function fastest(run: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Every check over the seed report with `body` as its 六. */
const checkWith = (body: string) => () => runChecks(setAt(hongshan2023(), "s6.body", body));

export async function scaling(): Promise<Figure[]> {
  const imports = Object.entries(SHAPES).map(([name, shape]) => ({
    name: `导入长串竖线（${name}）：20 万对 2.5 万的耗时倍数`,
    value: round1(
      fastest(() => importDocument(shape(200_000))) /
        Math.max(
          fastest(() => importDocument(shape(25_000))),
          1,
        ),
    ),
    unit: "倍",
    budget: 16,
  }));
  const figures = (n: number) => "共受理申请2件，".repeat(n);
  return [
    ...imports,
    {
      name: "全部检查：一段 100 万位数字",
      value: round1(fastest(checkWith("1".repeat(1_000_000)), 3)),
      unit: "ms",
      budget: 200,
    },
    {
      name: "全部检查：一段含 5 万个数字的正文，对 1 万个的耗时倍数",
      value: round1(fastest(checkWith(figures(50_000)), 2) / Math.max(fastest(checkWith(figures(10_000)), 2), 1)),
      unit: "倍",
      budget: 10,
    },
  ];
}
