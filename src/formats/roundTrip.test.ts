/** Property tests: random valid reports survive export → import through JSON and through Markdown. */
import { describe, expect, it } from "vitest";
import { importDocument, toJson, toMarkdown } from ".";
import { randomReport, seeded } from "./__fixtures__/randomReport";

const RUNS = 300;
const TIMEOUT = 60_000;

describe("JSON export → import", () => {
  it(
    `gives back the same report (${RUNS} random reports, blanks included)`,
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const report = randomReport(seeded(seed));
        const result = importDocument(toJson(report));
        if (!result.ok) throw new Error(`seed ${seed}: ${result.message}`);
        expect(result.report, `seed ${seed}`).toEqual(report);
        expect(result.context.importFindings, `seed ${seed}`).toEqual([]);
      }
    },
    TIMEOUT,
  );
});

describe("Markdown export → import", () => {
  it(
    `gives back the same report (${RUNS} random reports, every cell entered)`,
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const report = randomReport(seeded(seed), { blanks: false });
        const result = importDocument(toMarkdown(report));
        if (!result.ok) throw new Error(`seed ${seed}: ${result.message}`);
        // 机关类型 and 公开日期 are not printed in the document; the importer guesses them, the clerk checks.
        const { organType, publishDate } = result.report.meta;
        expect(result.report, `seed ${seed}`).toEqual({ ...report, meta: { ...report.meta, organType, publishDate } });
        expect(result.context.absentTables, `seed ${seed}`).toEqual([]);
        expect(result.context.importFindings, `seed ${seed}`).toEqual([]);
      }
    },
    TIMEOUT,
  );

  it("writes blank cells as 0", () => {
    const report = randomReport(seeded(7));
    const result = importDocument(toMarkdown(report));
    expect(result.ok && Object.values(result.report.t4).every((v) => typeof v === "object")).toBe(true);
    expect(toMarkdown(report)).not.toMatch(/\| null \|/);
  });
});
