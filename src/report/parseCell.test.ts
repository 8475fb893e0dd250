import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CELL_RULE, cellEntry, cellProblem, formatCellValue, parseCellInput } from "./parseCell";
import { CELL_SCHEMAS } from "./schema";

describe("parseCellInput", () => {
  it.each([
    ["12", 12],
    ["０", 0],
    ["１２", 12],
    [" 12 ", 12],
    ["\u300012\t", 12],
    ["1,234", 1234],
    ["1，234", 1234],
    ["1,234,567", 1234567],
    ["", null],
    ["   ", null],
  ])("reads %j in a count cell as %j", (raw, value) => {
    expect(parseCellInput(raw, "count")).toEqual({ ok: true, value });
  });

  it.each([
    ["1.2345", 1.2345],
    ["０．５", 0.5],
    ["1,234.5", 1234.5],
  ])("reads %j in an amount cell as %j", (raw, value) => {
    expect(parseCellInput(raw, "amount")).toEqual({ ok: true, value });
  });

  it.each([
    ["abc", "count", "不是有效数字"],
    ["12a", "count", "不是有效数字"],
    ["12a3", "count", "不是有效数字"],
    ["-3", "count", "负数"],
    ["－3", "count", "负数"],
    ["2.5", "count", "小数"],
    ["1.5", "count", "小数"],
    ["1e9", "count", "不是有效数字"],
    ["1e3", "count", "不是有效数字"],
    ["1,23", "count", "不是有效数字"],
    ["=1+1", "count", "不是有效数字"],
    ["1.23456", "amount", "4位"],
    ["0.12345", "amount", "4位小数"],
    ["99999999999999999999", "count", "太大"],
  ] as const)("refuses %j in a %s cell", (raw, kind, words) => {
    const result = parseCellInput(raw, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(words);
    // Every refusal says what the cell accepts.
    if (!result.ok) expect(result.message).toContain(CELL_RULE[kind]);
  });
});

describe("cellEntry", () => {
  it("stores the number the text denotes, blank as null, and anything else as the text typed", () => {
    expect(cellEntry("１,２３４", "count")).toBe(1234);
    expect(cellEntry("  ", "count")).toBeNull();
    for (const text of ["1.5", "1.23456", "1e3", "-3", "12a3", " 1.5 "]) expect(cellEntry(text, "count")).toBe(text);
    expect(cellEntry("1.23456", "amount")).toBe("1.23456");
  });

  // The clerk types a random string key by key; after every key the cell holds exactly what the text so far
  // denotes: that number (read by a rule written independently here), or not a number at all.
  const keys = fc.constantFrom(..."0123456789.,-e a１２，．");
  const denotes = (text: string, kind: "count" | "amount"): number | null | undefined => {
    const half = text
      .replace(/[１２]/g, (c) => String(c.charCodeAt(0) - 0xff10))
      .replace(/，/g, ",")
      .replace(/．/g, ".");
    const plain = half.replace(/\s/g, "");
    if (plain === "") return null;
    const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain);
    const bare = grouped ? plain.replace(/,/g, "") : plain;
    const ok = kind === "count" ? /^\d+$/.test(bare) : /^\d+(\.\d{1,4})?$/.test(bare);
    return ok ? Number(bare) : undefined;
  };
  it.each(["count", "amount"] as const)("never holds a number other than the one typed (%s)", (kind) => {
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 12 }), (typed) => {
        let text = "";
        for (const key of typed) {
          text += key;
          const stored = cellEntry(text, kind);
          const wanted = denotes(text, kind);
          if (wanted === undefined) expect(stored).toBe(text);
          else expect(stored).toBe(wanted);
          expect(formatCellValue(stored) === text || typeof stored !== "string").toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cellProblem", () => {
  it("is null for blanks and valid numbers, and says what is allowed for anything else", () => {
    expect(cellProblem(null, "count")).toBeNull();
    expect(cellProblem(12, "count")).toBeNull();
    expect(cellProblem(1.2345, "amount")).toBeNull();
    expect(cellProblem("1.5", "count")).toContain(CELL_RULE.count);
    expect(cellProblem(1.5, "count")).toContain("小数");
    expect(cellProblem(-1, "amount")).toContain("负数");
    expect(cellProblem(0.12345, "amount")).toContain("4位");
    expect(cellProblem("12", "count")).toContain("文字");
    expect(cellProblem(Number.NaN, "count")).toContain("不是有效数字");
  });
});

describe("formatCellValue", () => {
  it("writes numbers and leaves blanks blank", () => {
    expect(formatCellValue(12)).toBe("12");
    expect(formatCellValue(null)).toBe("");
    expect(formatCellValue("1.5")).toBe("1.5");
  });
});

describe("the file schema's cell rules (CELL_SCHEMAS, published as JSON Schema)", () => {
  const numbers = fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer({ min: -10, max: 10 ** 7 }),
    fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 10 ** 4),
    fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 10 ** 6),
    fc.constantFrom(-3, 2.5, 1e300, -0.5, 1.234567, Number.MAX_SAFE_INTEGER, 2 ** 53),
  );

  it.each(["count", "amount"] as const)("accept a %s exactly when typing would (cellProblem)", (kind) => {
    fc.assert(
      fc.property(numbers, (value) => {
        expect(CELL_SCHEMAS[kind].safeParse(value).success, String(value)).toBe(cellProblem(value, kind) === null);
      }),
      { numRuns: 3000 },
    );
  });
});
