import { describe, expect, it } from "vitest";
import { blankReport, type Report, setAt } from "../report";
import { PROSE_GUIDANCE, SECTIONS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { countyGovernment2023, hongshan2023Rewritten } from "../testing/otherReports";
import { kindOf, runChecks } from ".";

const ofId = (report: Report, id: string) => runChecks(report).filter((f) => f.id === id);

describe("overview-aspects", () => {
  it("holds for the seed and for a rewritten report", () => {
    expect(ofId(hongshan2023(), "overview-aspects")).toEqual([]);
    expect(ofId(hongshan2023Rewritten(), "overview-aspects")).toEqual([]);
  });

  it("leaves an empty 一 to missing-section", () => {
    expect(ofId(blankReport(), "overview-aspects")).toEqual([]);
  });

  it.each([
    ["", "todo"],
    ["无", "warning"],
    ["略。", "warning"],
    ["  暂无  ", "warning"],
  ])("fires for a sub-item that says nothing: %j, as %s (not written yet is to do)", (body, kind) => {
    const [finding] = ofId(setAt(hongshan2023(), "s1.platform.body", body), "overview-aspects");
    expect(finding).toMatchObject({ section: "s1", cells: ["s1.platform.body"] });
    expect(kindOf(finding)).toBe(kind);
    expect(finding.message).toContain("“（四）政府信息公开平台建设”没有内容");
    expect(finding.message).toContain("请写明政府网站、政务新媒体、公开栏等平台的建设情况");
  });

  it("fires for a paragraph that does not address its aspect (pasted under the wrong heading)", () => {
    const r = setAt(
      hongshan2023(),
      "s1.onRequest.body",
      "红山街道认真贯彻落实上级决策部署，高度重视政务公开工作，成立了以街道主任为组长的工作领导小组。",
    );
    const [finding] = ofId(r, "overview-aspects");
    expect(finding.cells).toEqual(["s1.onRequest.body"]);
    expect(finding.message).toContain("没有谈到依申请公开");
  });

  it("holds for 主动公开 stated as a count of information made public", () => {
    const r = setAt(hongshan2023(), "s1.proactive.body", "全年通过门户网站公开政府信息230条。");
    expect(ofId(r, "overview-aspects")).toEqual([]);
  });

  it("still fires for 依申请公开 text pasted under 主动公开", () => {
    const r = setAt(hongshan2023(), "s1.proactive.body", "全年共受理依申请公开信息申请2件，均按期答复。");
    expect(ofId(r, "overview-aspects").map((f) => f.cells[0])).toEqual(["s1.proactive.body"]);
  });

  it("fires once per deficient sub-item", () => {
    let r = setAt(hongshan2023(), "s1.management.body", "无");
    r = setAt(r, "s1.oversight.body", "");
    expect(ofId(r, "overview-aspects").map((f) => f.cells[0])).toEqual(["s1.management.body", "s1.oversight.body"]);
  });
});

describe("gov-items", () => {
  it("holds for a county government that reports every item", () => {
    expect(ofId(countyGovernment2023(), "gov-items")).toEqual([]);
  });

  it("stays silent for bodies that are not 人民政府 (the seed is a 街道办事处)", () => {
    expect(ofId(hongshan2023(), "gov-items")).toEqual([]);
    expect(ofId(setAt(hongshan2023(), "meta.organType", "县级以上人民政府部门"), "gov-items")).toEqual([]);
  });

  it("names what 监督保障 lacks for a 人民政府", () => {
    const r = setAt(
      countyGovernment2023(),
      "s1.oversight.body",
      "县政府开展政务公开业务培训2次，全年未发生责任追究事项。",
    );
    const [finding] = ofId(r, "gov-items");
    expect(finding).toMatchObject({ section: "s1", cells: ["s1.oversight.body"] });
    expect(finding.message).toContain("目前没有写到：工作考核、社会评议");
  });

  it("names the 六 items a 乡镇人民政府 omits", () => {
    const r = setAt(
      setAt(countyGovernment2023(), "meta.organType", "乡镇人民政府"),
      "s6.body",
      "本年度未收取信息处理费。",
    );
    const [finding] = ofId(r, "gov-items");
    expect(finding.cells).toEqual(["s6.body"]);
    expect(finding.message).toContain(
      "还应当报告：年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况、工作创新情况",
    );
  });
});

describe("fee-not-reported", () => {
  it("fires for the seed's `无`, saying what to write", () => {
    const [finding] = ofId(hongshan2023(), "fee-not-reported");
    expect(finding).toMatchObject({ severity: "warning", section: "s6", cells: ["s6.body"] });
    expect(finding.message).toContain("只写了“无”");
    expect(finding.message).toContain("本年度未收取信息处理费");
  });

  it("fires for an empty 六, as a to-do", () => {
    const [finding] = ofId(setAt(hongshan2023(), "s6.body", " "), "fee-not-reported");
    expect(finding).toMatchObject({ severity: "info", todo: true });
    expect(finding.message).toMatch(/^“六、其他需要报告的事项”还没有内容，没有说明信息处理费情况。/);
  });

  it("fires for a 六 about other things", () => {
    const r = setAt(hongshan2023(), "s6.body", "本年度无其他需要报告的事项，经费保障到位。");
    expect(ofId(r, "fee-not-reported")).toHaveLength(1);
  });

  it.each([
    "本年度未收取信息处理费。",
    "本机关未发出信息处理费收费通知，实际收取金额为0元。",
    "无。本年度未向申请人收取任何费用。",
  ])("holds when 六 reports the fee: %s", (body) => {
    expect(ofId(setAt(hongshan2023(), "s6.body", body), "fee-not-reported")).toEqual([]);
  });
});

describe("the template's standard phrases (填写要点)", () => {
  const fields = Object.keys(PROSE_GUIDANCE);

  it("cover every prose field of 一, 五 and 六", () => {
    const expected = SECTIONS.filter((s) => s.kind === "prose").flatMap((s) =>
      s.subItems.length ? s.subItems.map((i) => `${s.key}.${i.key}`) : [s.key],
    );
    expect(fields.sort()).toEqual(expected.sort());
  });

  it("never state a figure: numbers are left as blanks for the clerk", () => {
    for (const field of fields) for (const phrase of PROSE_GUIDANCE[field].phrases) expect(phrase).not.toMatch(/\d/);
  });

  it("raise no finding of their own field once inserted (an 一 phrase speaks about its aspect, 六's about the fee)", () => {
    for (const field of fields) {
      for (const phrase of PROSE_GUIDANCE[field].phrases) {
        const path = field === "s6" ? "s6.body" : `${field}.body`;
        const found = runChecks(setAt(hongshan2023(), path, phrase)).filter((f) => f.cells.includes(path));
        expect(found, `${field}: ${phrase}`).toEqual([]);
      }
    }
  });
});
