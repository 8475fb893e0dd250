import { describe, expect, it } from "vitest";
import { blankReport } from "../report";
import { publishFileName } from "./fileName";
import { publishFixture } from "./testing/fixture";

describe("publishFileName", () => {
  it("is the title, with the characters Windows forbids replaced", () => {
    expect(publishFileName(publishFixture(), "docx")).toBe("示例区_测试_局2024年政府信息公开工作年度报告.docx");
  });
  it("still names a report without body or year", () => {
    expect(publishFileName(blankReport(), "html")).toBe("年政府信息公开工作年度报告.html");
  });
});
