import { describe, expect, it } from "vitest";
import { reportTitle } from "../template";
import { emWidth } from "./style";
import { TITLE_LINE_EM, titleLines } from "./title";

const lines = (organ: string, year = 2023) => titleLines(organ, reportTitle(organ, year));

describe("titleLines", () => {
  it("breaks between words, the longer line first, not inside 政府信息公开工作", () => {
    expect(lines("西工区红山街道办事处")).toEqual(["西工区红山街道办事处2023年", "政府信息公开工作年度报告"]);
  });

  it("keeps a title that fits on one line whole", () => {
    expect(lines("某局")).toEqual(["某局2023年政府信息公开工作年度报告"]);
  });

  it("prefers balanced lines to a long line over a stub", () => {
    // 宜阳县人民政府2023年政府信息公开工作 / 年度报告 would put 4 characters under 18.
    expect(lines("宜阳县人民政府")).toEqual(["宜阳县人民政府2023年", "政府信息公开工作年度报告"]);
  });

  it("gives a body's name a line of its own when it fills one", () => {
    expect(lines("广西壮族自治区南宁市青秀区人民政府办公室", 2024)).toEqual([
      "广西壮族自治区南宁市青秀区人民政府办公室",
      "2024年政府信息公开工作年度报告",
    ]);
  });

  it("breaks a name longer than a line after an administrative unit, every line within the text block", () => {
    const organ = "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县人民政府";
    const result = lines(organ, 2024);
    expect(result.join("")).toBe(reportTitle(organ, 2024));
    for (const line of result) expect(emWidth(line)).toBeLessThanOrEqual(TITLE_LINE_EM);
    expect(result[0].endsWith("自治区") || result[0].endsWith("自治州") || result[0].endsWith("自治县")).toBe(true);
  });
});
