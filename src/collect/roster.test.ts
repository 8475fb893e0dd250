import { describe, expect, it } from "vitest";
import { nameInFileName, unitMatcher } from "./match";
import { normaliseName } from "./names";
import { parseRoster, rosterText } from "./roster";

describe("parseRoster", () => {
  it("reads one unit a line, drops list numbers and blank lines, infers 机关类型 from the ending", () => {
    const roster = parseRoster(
      "1、西工区红山街道办事处\n\n2. 西工区发展和改革委员会\n（3）洛北乡人民政府\n西工区档案馆\n",
    );
    expect(roster).toEqual([
      { name: "西工区红山街道办事处", organType: "街道办事处" },
      { name: "西工区发展和改革委员会", organType: "县级以上人民政府部门" },
      { name: "洛北乡人民政府", organType: "乡镇人民政府" },
      { name: "西工区档案馆", organType: "" },
    ]);
  });

  it("keeps a name repeated with other spacing or full-width characters once", () => {
    expect(parseRoster("红山街道办事处\n红山 街道办事处\n红山街道办事处（）").map((u) => u.name)).toEqual([
      "红山街道办事处",
    ]);
    expect(parseRoster("红山街道办事处\n邙山街道办事处")).toHaveLength(2);
  });

  it("writes back as the text box shows it", () => {
    expect(rosterText(parseRoster("甲局\n乙局"))).toBe("甲局\n乙局");
  });
});

describe("unitMatcher", () => {
  const roster = parseRoster("红山街道办事处\n邙山街道办事处\n西工区教育局\n西工区人民政府");

  it("matches the report's 机关全称 after normalising, or with the 区 in front of a roster name", () => {
    expect(unitMatcher(roster)("红山街道办事处 ", "x.json")).toBe("红山街道办事处");
    expect(unitMatcher(roster)("西工区红山街道办事处", "x.json")).toBe("红山街道办事处");
    expect(normaliseName("西工区 教育局")).toBe(normaliseName("西工区教育局"));
  });

  it("falls back to the file name, and gives no unit when the name fits none or several", () => {
    expect(unitMatcher(roster)("", "邙山街道办事处2023年政府信息公开工作年度报告.md")).toBe("邙山街道办事处");
    expect(unitMatcher(roster)("道南街道办事处", "道南.md")).toBeNull();
    // `街道办事处` is the ending of two units: not a match by guesswork.
    expect(unitMatcher(roster)("街道办事处", "x.md")).toBeNull();
    // Too short an ending (`局`) matches nothing.
    expect(unitMatcher(roster)("局", "x.md")).toBeNull();
  });

  it("reads the unit's name out of a file name", () => {
    expect(nameInFileName("C:\\下载\\西工区教育局2023年度报告.json")).toBe("西工区教育局");
  });
});
