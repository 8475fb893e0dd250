import { describe, expect, it } from "vitest";
import { type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { countyGovernment2023 } from "../testing/otherReports";
import { runChecks } from ".";

const ofId = (report: Report, id: string) => runChecks(report).filter((f) => f.id === id);
const PREAMBLE =
  "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。";

describe("year-mismatch", () => {
  it("holds for the seed and for a preamble of the report year", () => {
    expect(ofId(hongshan2023(), "year-mismatch")).toEqual([]);
    expect(ofId(countyGovernment2023(), "year-mismatch")).toEqual([]);
  });

  it("ignores other years mentioned in passing", () => {
    let r = setAt(hongshan2023(), "meta.preamble", `${PREAMBLE}条例于2019年修订施行。`);
    r = setAt(r, "s1.onRequest.body", "2023年共受理申请2条，较2022年增加1条。");
    r = setAt(r, "s5.problems.body", "2022年度报告指出的问题已整改。");
    expect(ofId(r, "year-mismatch")).toEqual([]);
  });

  it("fires for last year's statistics period in the preamble", () => {
    const r = setAt(hongshan2023(), "meta.preamble", "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。");
    const [finding] = ofId(r, "year-mismatch");
    expect(finding).toMatchObject({
      cells: ["meta.preamble", "meta.year"],
      section: "meta",
      expected: 2023,
      actual: 2022,
    });
    expect(finding.message).toContain("“开头段落”写的是2022年，但报告年度是2023年");
  });

  it("fires for a 一 sub-item that opens with another year", () => {
    const r = setAt(hongshan2023(), "s1.proactive.body", "2022 年，红山街道办事处认真贯彻落实市政府的决策部署。");
    const [finding] = ofId(r, "year-mismatch");
    expect(finding).toMatchObject({ section: "s1", cells: ["s1.proactive.body", "meta.year"] });
  });

  it("fires for a year pasted into the body name (the title)", () => {
    const r = setAt(hongshan2023(), "meta.organ", "西工区红山街道办事处2022年");
    expect(ofId(r, "year-mismatch")[0].cells[0]).toBe("meta.organ");
  });

  it("is silent while the report year is not entered", () => {
    const r = setAt(setAt(hongshan2023(), "meta.year", null), "meta.preamble", "统计期限为2022年1月1日至12月31日。");
    expect(ofId(r, "year-mismatch")).toEqual([]);
  });
});

describe("notice-citation", () => {
  it("holds for the 2021 format's number, in any bracket style", () => {
    expect(ofId(setAt(hongshan2023(), "meta.preamble", PREAMBLE), "notice-citation")).toEqual([]);
    const halfWidth = PREAMBLE.replace("〔2021〕", "[2021]");
    expect(ofId(setAt(hongshan2023(), "meta.preamble", halfWidth), "notice-citation")).toEqual([]);
  });

  it("ignores other documents", () => {
    const r = setAt(
      hongshan2023(),
      "s6.body",
      "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。",
    );
    expect(ofId(r, "notice-citation")).toEqual([]);
  });

  it("fires for the 2019 trial format wherever it is cited", () => {
    const r = setAt(hongshan2023(), "meta.preamble", PREAMBLE.replace("〔2021〕30号", "（2019）60号"));
    const [finding] = ofId(r, "notice-citation");
    expect(finding).toMatchObject({ severity: "warning", cells: ["meta.preamble"] });
    expect(finding.message).toBe(
      "“开头段落”引用了“国办公开办函（2019）60号”。国办公开办函〔2019〕60号是2019年试行的年度报告格式，" +
        "已被国办公开办函〔2021〕30号取代；请改为“国办公开办函〔2021〕30号”。",
    );
  });

  it("fires for the format cited under a wrong number", () => {
    const r = setAt(hongshan2023(), "s6.body", `本年度未收取信息处理费。${PREAMBLE.replace("30号", "13号")}`);
    const [finding] = ofId(r, "notice-citation");
    expect(finding.section).toBe("s6");
    expect(finding.message).toContain("年度报告格式的文号是国办公开办函〔2021〕30号，不是国办公开办函〔2021〕13号");
  });

  it.each([
    ["国办政务公开办函〔2021〕30号", "按照国办政务公开办函〔2021〕30号的要求编制本报告。"],
    ["国办发〔2021〕30号", "根据国办发〔2021〕30号文件要求，编制本报告。"],
  ])("fires for the format's number under another office's prefix (%s)", (written, preamble) => {
    const [finding] = ofId(setAt(hongshan2023(), "meta.preamble", preamble), "notice-citation");
    expect(finding?.message).toContain(`引用了“${written}”`);
    expect(finding?.message).toContain("请改为“国办公开办函〔2021〕30号”");
  });

  it("fires for the 2019 trial format cited by its title", () => {
    const preamble = "本报告按照《中华人民共和国政府信息公开工作年度报告格式（试行）》要求编制。";
    const [finding] = ofId(setAt(hongshan2023(), "meta.preamble", preamble), "notice-citation");
    expect(finding?.message).toContain("《中华人民共和国政府信息公开工作年度报告格式（试行）》");
    expect(finding?.message).toContain("2019年试行的年度报告格式");
  });

  it("holds for the 2021 format cited by its title", () => {
    const preamble = "本报告按照《中华人民共和国政府信息公开工作年度报告格式》要求编制。";
    expect(ofId(setAt(hongshan2023(), "meta.preamble", preamble), "notice-citation")).toEqual([]);
  });
});
