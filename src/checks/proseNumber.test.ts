import { describe, expect, it } from "vitest";
import { setAt } from "../report";
import { cellByPath } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { runChecks } from ".";
import { chineseNumeral } from "./chineseNumber";
import { proseFigures } from "./proseNumber";
import { PROSE_PATTERNS } from "./proseNumberPatterns";

const read = (text: string) => proseFigures(text).map((f) => [f.pattern.id, f.stated]);
const proseFindings = (report = hongshan2023()) => runChecks(report).filter((f) => f.id === "prose-number");
const withOnRequest = (body: string) => setAt(hongshan2023(), "s1.onRequest.body", body);

describe("reading figures from prose", () => {
  it.each([
    ["2023 年度红山街道办事处共受理依申请公开信息申请 2 条。", [["received", 2]]],
    [
      "2022年，本机关共收到政府信息公开申请4件，其中自然人申请3件，法人或其他组织申请1件。",
      [
        ["received", 4],
        ["received.natural", 3],
        ["received.org", 1],
      ],
    ],
    [
      "收到申请4件，予以公开2件，部分公开1件，不予公开1件（属于国家秘密1件），上年结转0件，结转下年度继续办理1件。",
      [
        ["received", 4],
        ["granted", 2],
        ["partial", 1],
        ["denied", 1],
        ["denied.stateSecret", 1],
        ["carriedOver", 0],
        ["carriedForward", 1],
      ],
    ],
    [
      "本年度新收政府信息公开申请十二件，已全部按期答复，办结十二件。",
      [
        ["received", 12],
        ["total", 12],
      ],
    ],
    [
      "全年共作出行政处罚决定5件，行政许可决定１２０件，行政强制0件。",
      [
        ["penalty.decisions", 5],
        ["licensing.decisions", 120],
        ["coercion.decisions", 0],
      ],
    ],
    [
      "因政府信息公开被申请行政复议2件，均已维持；发生行政诉讼1起。",
      [
        ["review", 2],
        ["litigation", 1],
      ],
    ],
    [
      "本年度制发行政规范性文件3件，废止规范性文件2件，现行有效规范性文件15件。",
      [
        ["normativeDocs.issued", 3],
        ["normativeDocs.repealed", 2],
        ["normativeDocs.valid", 15],
      ],
    ],
    ["全年行政事业性收费3500元。", [["fees.amount", 0.35]]],
    ["本年度行政事业性收费12.5万元。", [["fees.amount", 12.5]]],
    [
      "因本机关不掌握相关政府信息无法提供2件，重复申请1件。",
      [
        ["unavailable", 2],
        ["notProcessed.repeat", 1],
      ],
    ],
    ["2023年，本机关未收到政府信息公开申请。", [["received", 0]]],
    [
      "全年未发生因政府信息公开引起的行政复议、行政诉讼。",
      [
        ["review", 0],
        ["litigation", 0],
      ],
    ],
  ])("reads %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["dates and years", "2023年1月1日至2023年12月31日，街道于3月15日召开专题会议。"],
    ["phone numbers", "公开举报电话0379-63212345，受理申请电话63212345。"],
    ["document numbers", "依据国办公开办函〔2021〕30号编制，受理申请依据洛政办〔2020〕12号文件。"],
    ["ordinal words", "一是依申请公开工作有待加强；二是做好“三审三校”；第一，收到申请后及时登记。"],
    ["percentages", "行政复议纠错率为0%，依申请公开按时答复率100%。"],
    ["working days", "收到申请后在15个工作日内予以答复。"],
    ["approximate figures", "全年受理群众咨询30余件，收到申请约5件，行政处罚近10件。"],
    ["items joined together", "行政复议、行政诉讼均为0件；行政处罚和行政许可信息共56条。"],
    ["comparisons with last year", "行政处罚较上年增加2件；行政复议同比减少1件。"],
    ["figures across years", "条例实施以来累计受理申请36件。"],
    ["figures without a table cell", "主动公开政府信息156条，发布政务微博320条，召开新闻发布会4次。"],
    ["other letters", "收到群众来信12件。"],
    ["parts of a figure", "行政复议维持1件；行政诉讼败诉0件。"],
    ["later steps", "收到申请后已答复2件；收到申请人补正材料2份。"],
    ["narrowed or other negations", "未发生行政复议纠错；未收到申请人补正材料；对未受理的申请逐一说明理由。"],
  ])("leaves %s alone", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("PROSE_PATTERNS", () => {
  it("point at cells of the template, with unique ids", () => {
    expect(PROSE_PATTERNS.flatMap((p) => p.cells).filter((path) => !cellByPath(path))).toEqual([]);
    expect(new Set(PROSE_PATTERNS.map((p) => p.id)).size).toBe(PROSE_PATTERNS.length);
  });
});

describe("chineseNumeral", () => {
  it.each([
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["三千二百", 3200],
  ])("%s = %d", (text, value) => expect(chineseNumeral(text)).toBe(value));

  it("refuses strings of digits that are not a numeral", () => expect(chineseNumeral("一一")).toBeNull());
});

describe("prose-number", () => {
  it("holds for the seed: its sentence matches its table", () => {
    expect(proseFindings()).toEqual([]);
  });

  it("fires when the seed's sentence says 3, naming the sentence, the cell and both values", () => {
    const [finding] = proseFindings(withOnRequest("2023 年度红山街道办事处共受理依申请公开信息申请 3 条。"));
    expect(finding).toMatchObject({
      severity: "warning",
      section: "s1",
      cells: ["s1.onRequest.body", "t3.received.total"],
      expected: 2,
      actual: 3,
    });
    expect(finding.message).toBe(
      "“一、总体情况（二）依申请公开”中“2023 年度红山街道办事处共受理依申请公开信息申请 3 条。”写的是3条，" +
        "但表三“一、本年新收政府信息公开申请数量”的总计是2。请核对后把正文或表格改成一致。",
    );
  });

  it("fires when the table changes instead of the prose", () => {
    const r = setAt(setAt(hongshan2023(), "t3.received.natural", 3), "t3.granted.natural", 3);
    expect(proseFindings(r).map((f) => [f.expected, f.actual])).toEqual([[3, 2]]);
  });

  it("reads a full 依申请公开 paragraph of a county department (twelve figures) and agrees with its table", () => {
    const figures: Record<string, number> = {
      "t3.received.natural": 13,
      "t3.received.commercial": 2,
      "t3.carriedOver.natural": 1,
      "t3.granted.natural": 8,
      "t3.partial.natural": 2,
      "t3.denied.thirdParty.natural": 1,
      "t3.unavailable.notHeld.natural": 3,
      "t3.notProcessed.repeat.commercial": 1,
      "t3.carriedForward.commercial": 1,
    };
    const paragraph =
      "2023年，本机关共收到政府信息公开申请15件，其中自然人申请13件，法人或其他组织申请2件；上年结转申请1件。" +
      "办理结果方面，予以公开8件，部分公开2件，不予公开1件，无法提供3件，不予处理1件，结转下年度继续办理1件。" +
      "所有申请均在法定期限内答复，未发生因依申请公开引起的行政复议和行政诉讼。";
    let r = setAt(hongshan2023(), "t3.received.natural", 0);
    r = setAt(r, "t3.granted.natural", 0);
    for (const [path, value] of Object.entries(figures)) r = setAt(r, path, value);
    r = setAt(r, "s1.onRequest.body", paragraph);
    expect(proseFigures(paragraph)).toHaveLength(12);
    expect(
      runChecks(r)
        .filter((f) => f.severity !== "info")
        .map((f) => f.id),
    ).toEqual(["fee-not-reported"]);
    const [finding] = proseFindings(setAt(r, "t3.partial.natural", 1));
    expect(finding.message).toContain("“办理结果方面，予以公开8件，部分公开2件");
    expect(finding.message).toContain(
      "写的是2件，但表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”的总计是1",
    );
  });

  it("fires for prose saying there were no applications while the table has two", () => {
    const [finding] = proseFindings(withOnRequest("2023年，红山街道办事处未收到政府信息公开申请。"));
    expect(finding.message).toContain(
      "写的是“未收到政府信息公开申请”，即0，但表三“一、本年新收政府信息公开申请数量”的总计是2",
    );
  });

  it("compares 行政处罚 in 一 with table 二", () => {
    const r = setAt(hongshan2023(), "s1.proactive.body", "全年公开行政处罚决定4件。");
    const [finding] = proseFindings(r);
    expect(finding.cells).toEqual(["s1.proactive.body", "t2.penalty.decisions"]);
    expect(finding.message).toContain("表二“行政处罚 本年处理决定数量”是5");
  });

  it("adds up the rows of a group: 不予公开 against the eight reasons", () => {
    let r = withOnRequest("共受理申请2件，予以公开1件，不予公开2件。");
    r = setAt(setAt(r, "t3.granted.natural", 1), "t3.denied.processInfo.natural", 1);
    expect(proseFindings(r).map((f) => [f.actual, f.expected, f.cells.length])).toEqual([[2, 1, 9]]);
  });

  it("reads 五 and 六 too", () => {
    const r = setAt(hongshan2023(), "s6.body", "本年度未收取信息处理费。全年行政事业性收费0.5万元。");
    const [finding] = proseFindings(r);
    expect(finding).toMatchObject({ section: "s6", cells: ["s6.body", "t2.fees.amount"], expected: 0, actual: 0.5 });
    expect(finding.message).toContain("是0万元");
  });

  it("keeps its fingerprint across unrelated edits and changes it with the figures", () => {
    const base = proseFindings(withOnRequest("共受理依申请公开信息申请 3 条。"))[0].fingerprint;
    const reworded = withOnRequest("今年，本街道共受理依申请公开信息申请 3 条，均按时答复。");
    expect(proseFindings(setAt(reworded, "t2.penalty.decisions", 7))[0].fingerprint).toBe(base);
    expect(proseFindings(withOnRequest("共受理依申请公开信息申请 4 条。"))[0].fingerprint).not.toBe(base);
  });
});
