import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { blankReport, reportFileName, setAt } from ".";

describe("reportFileName", () => {
  it("is the report's title", () => {
    expect(reportFileName(hongshan2023(), "docx")).toBe("西工区红山街道办事处2023年政府信息公开工作年度报告.docx");
  });

  it("replaces the characters Windows forbids and control characters", () => {
    const report = setAt(setAt(blankReport(), "meta.organ", "示例区/测试\t局:*"), "meta.year", 2024);
    expect(reportFileName(report, "md")).toBe("示例区_测试_局__2024年政府信息公开工作年度报告.md");
  });

  it("says what is not filled in yet instead of looking finished, and keeps long names short", () => {
    expect(reportFileName(blankReport(), "json")).toBe("（未填写机关名称）（未填写年度）政府信息公开工作年度报告.json");
    expect(reportFileName(setAt(blankReport(), "meta.year", 2024), "docx")).toBe(
      "（未填写机关名称）2024年政府信息公开工作年度报告.docx",
    );
    expect(reportFileName(setAt(blankReport(), "meta.organ", "  "), "md")).toMatch(/^（未填写机关名称）/);
    const long = setAt(blankReport(), "meta.organ", "很".repeat(300));
    expect(reportFileName(long, "html").length).toBeLessThanOrEqual(125);
  });
});
