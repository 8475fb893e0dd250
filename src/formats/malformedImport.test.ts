/**
 * reliability.md's bad input, generated: each malformed file gets a clear Chinese message and no report, or (a
 * damaged Markdown report) is read with what is missing named. Import never throws and never alters its input.
 */
import { describe, expect, it } from "vitest";
import { reportSchema } from "../report";
import { importFile } from ".";
import { malformedFiles } from "./__fixtures__/malformedFiles";

const FILES = malformedFiles();

/** Chinese, with a next step, and none of zod's or the JavaScript engine's English. */
function expectClearMessage(message: string) {
  expect(message).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(message).toMatch(/请|可以|选择/);
  expect(message).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}|Invalid|Unexpected|expected/);
}

describe(`${FILES.length} malformed import files`, () => {
  it("are at least 500, each named once", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(500);
    expect(new Set(FILES.map((f) => f.name)).size).toBe(FILES.length);
  });

  it.each(FILES.map((f) => [f.name, f] as const))("%s", async (_, file) => {
    const before = Buffer.from(file.bytes);
    const result = await importFile(file.bytes);
    expect(before.equals(file.bytes)).toBe(true);
    if (!result.ok) {
      expectClearMessage(result.message);
      return;
    }
    expect(file.expect).not.toBe("refuse");
    expect(reportSchema.safeParse(result.report).success).toBe(true);
    if (file.expect === "refuseOrFlag") {
      const flagged = result.notRead.length + (result.context.importFindings?.length ?? 0);
      expect(flagged).toBeGreaterThan(0);
    }
  });
});
