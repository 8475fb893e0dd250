import { describe, expect, it } from "vitest";
import { compareText } from "./compare";

describe("compareText", () => {
  it("shows last year's figure, or says it was not filled", () => {
    expect(compareText("last", 5, 3)).toBe("上年3");
    expect(compareText("last", 5, null)).toBe("上年未填");
    expect(compareText("last", 5, "两件")).toBe("上年未填");
  });

  it("shows the change since last year, in words, with 万元 decimals kept exact", () => {
    expect(compareText("change", 5, 3)).toBe("增2");
    expect(compareText("change", 1, 3)).toBe("减2");
    expect(compareText("change", 3, 3)).toBe("持平");
    expect(compareText("change", 0.3, 0.1)).toBe("增0.2");
    expect(compareText("change", 1.2345, 1.2344)).toBe("增0.0001");
  });

  it("falls back to last year's figure while this year's cell has no number", () => {
    expect(compareText("change", null, 4)).toBe("上年4");
    expect(compareText("change", "三", 4)).toBe("上年4");
  });
});
