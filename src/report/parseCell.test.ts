import { describe, expect, it } from "vitest";
import { formatCellValue, parseCellInput } from "./parseCell";

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
    ["abc", "count", "只能填数字"],
    ["12a", "count", "只能填数字"],
    ["-3", "count", "负数"],
    ["2.5", "count", "整数"],
    ["1e9", "count", "只能填数字"],
    ["1,23", "count", "只能填数字"],
    ["=1+1", "count", "只能填数字"],
    ["0.12345", "amount", "4位小数"],
    ["99999999999999999999", "count", "太大"],
  ] as const)("refuses %j in a %s cell", (raw, kind, words) => {
    const result = parseCellInput(raw, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(words);
  });
});

describe("formatCellValue", () => {
  it("writes numbers and leaves blanks blank", () => {
    expect(formatCellValue(12)).toBe("12");
    expect(formatCellValue(null)).toBe("");
  });
});
