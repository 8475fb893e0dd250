import { describe, expect, it } from "vitest";
import { parseYear } from "./parseYear";

describe("parseYear", () => {
  it.each([
    ["2023", 2023],
    ["2023年", 2023],
    ["2023年度", 2023],
    ["２０２３", 2023],
    ["２０２３年", 2023],
    [" 2024 ", 2024],
    ["", null],
  ])("reads %j as %j", (raw, value) => {
    expect(parseYear(raw)).toEqual({ ok: true, value });
  });

  it.each(["23", "二〇二三", "2023-2024", "2023.5", "1999", "3023", "2023年1月", "abc"])(
    "refuses %j with what to write",
    (raw) => {
      const result = parseYear(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("如 2023");
    },
  );
});
