/**
 * Import time grows linearly with the text: a row of 100,000 pipes once took seconds because blank cells were
 * dropped with Array.shift(). Compares 25,000 with 200,000 pipes (8× the text, about 8× the time when linear);
 * the quadratic version took 27–40×, a busy machine rarely more than 10×.
 */
import { describe, expect, it } from "vitest";
import { importDocument } from ".";

const SHAPES: Record<string, (pipes: number) => string> = {
  "bare pipes": (n) => "|".repeat(n),
  "a 二 row label, then pipes, then a figure": (n) => `| 行政许可 ${"|".repeat(n)} 1 |`,
  "pipes, then a 四 row of figures": (n) => `${"|".repeat(n)}${"1|".repeat(12)}`,
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

describe("import of a long run of table pipes", () => {
  it.each(Object.entries(SHAPES))(
    "scales linearly: %s",
    (_, shape) => {
      const small = fastest(shape(25_000));
      const large = fastest(shape(200_000));
      expect(large / Math.max(small, 1)).toBeLessThan(16);
    },
    60_000,
  );
});
