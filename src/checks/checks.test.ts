import { describe, expect, it } from "vitest";
import { blankReport, getAt, type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { type Finding, kindOf, runChecks } from ".";

const withCells = (report: Report, cells: Record<string, unknown>) =>
  Object.entries(cells).reduce((r, [path, value]) => setAt(r, path, value), report);
const ofId = (findings: Finding[], id: string) => findings.filter((f) => f.id === id);

describe("the seed report (西工区红山街道办事处 2023)", () => {
  it("raises fee-not-reported (六 is `无`) and nothing else", () => {
    expect(runChecks(hongshan2023()).map((f) => [f.id, f.severity, f.cells])).toEqual([
      ["fee-not-reported", "warning", ["s6.body"]],
    ]);
  });
});

describe("balance", () => {
  it("holds when 一+二 = （七）+四 in every column", () => {
    const r = withCells(hongshan2023(), {
      "t3.received.commercial": 3,
      "t3.carriedOver.commercial": 1,
      "t3.partial.commercial": 2,
      "t3.carriedForward.commercial": 2,
    });
    expect(ofId(runChecks(r), "balance")).toEqual([]);
  });

  it("fires per column, naming the column, both sides and the difference", () => {
    const r = withCells(hongshan2023(), { "t3.granted.natural": 1 });
    const findings = ofId(runChecks(r), "balance");
    expect(findings.map((f) => f.message.split("。")[0])).toEqual([
      "自然人列：一+二=2，（七）总计+四=1，相差1",
      "总计列：一+二=2，（七）总计+四=1，相差1",
    ]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      section: "s3",
      expected: 2,
      actual: 1,
      cells: ["t3.received.natural", "t3.carriedOver.natural", "t3.total.natural", "t3.carriedForward.natural"],
    });
  });

  it("counts blank cells as 0", () => {
    const r = withCells(blankReport(), { "t3.received.research": 1 });
    expect(ofId(runChecks(r), "balance").map((f) => f.cells[0])).toEqual(["t3.received.research", "t3.received.total"]);
  });
});

describe("value", () => {
  it("holds for blanks, zeros, integers and fees with up to 4 decimals", () => {
    const r = withCells(hongshan2023(), { "t2.fees.amount": 1.2345, "t3.received.natural": null });
    expect(ofId(runChecks(r), "value")).toEqual([]);
  });

  it.each([
    ["t3.granted.natural", -3, "不能填负数"],
    ["t2.penalty.decisions", 2.5, "不能有小数"],
    ["t4.review.upheld", "三", "不是有效数字"],
    ["t3.received.natural", "1.5", "不能有小数"],
    ["t3.received.natural", "12a3", "不是有效数字"],
    ["t2.fees.amount", 0.12345, "小数超过4位"],
    ["t2.fees.amount", "1.23456", "小数超过4位"],
    ["t2.fees.amount", -1, "不能填负数"],
  ])("fires for %s = %s", (path, value, words) => {
    const [finding] = ofId(runChecks(withCells(hongshan2023(), { [path]: value })), "value");
    expect(finding.cells).toEqual([path]);
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain(words);
    expect(finding.message).toContain(String(value));
  });

  it("treats typed text as not filled: the balance of its column is not checked, never computed with 0", () => {
    const r = withCells(hongshan2023(), { "t3.received.natural": "1.5" });
    const findings = runChecks(r);
    expect(ofId(findings, "value").map((f) => f.cells)).toEqual([["t3.received.natural"]]);
    expect(ofId(findings, "balance")).toEqual([]);
    expect(ofId(findings, "not-checked")[0].cells).toContain("t3.received.natural");
    // Fixed: the finding goes away and the column is checked again.
    const fixed = runChecks(withCells(r, { "t3.received.natural": getAt(hongshan2023(), "t3.received.natural") }));
    expect(ofId(fixed, "value")).toEqual([]);
    expect(ofId(fixed, "not-checked")).toEqual([]);
  });

  it("names the cell by its row and column label", () => {
    const [finding] = ofId(runChecks(withCells(hongshan2023(), { "t3.denied.thirdParty.natural": -1 })), "value");
    expect(finding.message).toContain("“（三）不予公开 4.保护第三方合法权益 自然人”");
    expect(finding.section).toBe("s3");
  });
});

describe("blank-cells", () => {
  it("holds when every cell is entered", () => {
    expect(ofId(runChecks(hongshan2023()), "blank-cells")).toEqual([]);
  });

  it("reports each table's blank cells once, as info", () => {
    const findings = ofId(runChecks(blankReport()), "blank-cells");
    expect(findings.map((f) => [f.section, f.cells.length, f.severity])).toEqual([
      ["s2", 10, "info"],
      ["s3", 144, "info"],
      ["s4", 12, "info"],
    ]);
    expect(findings[1].message).toContain("144个单元格未填写");
    expect(findings[1].message).toContain("空白填0");
    expect(findings.flatMap((f) => f.cells)).toHaveLength(INPUT_CELLS.length);
  });
});

describe("missing-section", () => {
  it("holds when 一 and 五 have content", () => {
    expect(ofId(runChecks(hongshan2023()), "missing-section")).toEqual([]);
  });

  it("fires for an empty 一 and an empty 五", () => {
    const findings = ofId(runChecks(blankReport()), "missing-section");
    expect(findings.map((f) => f.section)).toEqual(["s1", "s5"]);
    expect(findings[0].message).toContain("一、总体情况");
    expect(findings[0].cells[0]).toBe("s1.proactive.body");
  });

  it("treats white space as empty", () => {
    const r = hongshan2023();
    r.s5 = { problems: { heading: "存在的主要问题", body: "  \n" }, improvements: { heading: "改进情况", body: "" } };
    expect(ofId(runChecks(r), "missing-section").map((f) => f.section)).toEqual(["s5"]);
  });

  it("fires for a table an imported document lacked, while its cells are blank", () => {
    const t4Blank = INPUT_CELLS.filter((c) => c.table === "t4").reduce(
      (r, c) => setAt(r, c.path, null),
      hongshan2023(),
    );
    const findings = ofId(runChecks(t4Blank, { absentTables: ["t4"] }), "missing-section");
    expect(findings).toHaveLength(1);
    expect(findings[0].section).toBe("s4");
    expect(findings[0].message).toContain("四、政府信息公开行政复议、行政诉讼情况");
    expect(findings[0].cells).toHaveLength(12);
    const partly = ofId(runChecks(setAt(t4Blank, "t4.review.upheld", 0), { absentTables: ["t4"] }), "missing-section");
    expect(partly[0].cells).toHaveLength(11);
    expect(ofId(runChecks(hongshan2023(), { absentTables: ["t4"] }), "missing-section")).toEqual([]);
  });

  it("keeps an import's own findings only until the clerk has dealt with them", () => {
    const stated: Finding = {
      id: "stated-total",
      severity: "error",
      message: "导入的文件中“一、本年新收政府信息公开申请数量 总计”写的是3，按各项数字合计应为2。",
      cells: ["t3.received.total"],
      section: "s3",
      expected: 2,
      actual: 3,
    };
    const cut: Finding = {
      id: "missing-section",
      severity: "error",
      message: "导入的文件中“三、收到和处理政府信息公开申请情况”表缺少2行。",
      cells: ["t3.carriedForward.natural"],
      section: "s3",
    };
    const context = { importFindings: [stated, cut] };
    const seedCut = setAt(hongshan2023(), "t3.carriedForward.natural", null);
    expect(ofId(runChecks(seedCut, context), "stated-total")).toHaveLength(1);
    expect(ofId(runChecks(seedCut, context), "missing-section")).toHaveLength(1);
    const fixed = setAt(setAt(seedCut, "t3.received.commercial", 1), "t3.carriedForward.natural", 0);
    expect(ofId(runChecks(fixed, context), "stated-total")).toEqual([]);
    expect(ofId(runChecks(fixed, context), "missing-section")).toEqual([]);
  });
});

describe("runChecks", () => {
  it("shows the findings an import made alongside its own", () => {
    const stated: Finding = {
      id: "stated-total",
      severity: "error",
      message: "m",
      cells: ["t3.total.natural"],
      section: "s3",
    };
    expect(ofId(runChecks(hongshan2023(), { importFindings: [stated] }), "stated-total")).toEqual([
      { ...stated, fingerprint: expect.stringMatching(/^stated-total:/) },
    ]);
    expect(ofId(runChecks(hongshan2023()), "stated-total")).toEqual([]);
  });

  it("lists errors before warnings before to-dos before info", () => {
    const order = runChecks(withCells(blankReport(), { "t3.received.natural": 1 })).map(kindOf);
    const rank = ["error", "warning", "todo", "info"];
    expect(new Set(order)).toEqual(new Set(["error", "todo", "info"]));
    expect(order).toEqual([...order].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
    expect(order[0]).toBe("error");
    expect(order.at(-1)).toBe("info");
  });
});

describe("fingerprints", () => {
  const busy = () =>
    withCells(hongshan2023(), { "t3.granted.natural": 1, "t2.fees.amount": 3500, "t4.review.upheld": -1 });

  it("every finding has one, and no two findings of a report share one", () => {
    const findings = runChecks(withCells(blankReport(), { "t3.received.natural": 1, "t3.received.research": 2 }));
    const prints = findings.map((f) => f.fingerprint);
    expect(prints.every((p) => /^[a-z-]+:[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("survive unrelated edits to cells and prose", () => {
    const before = runChecks(busy()).map((f) => f.fingerprint);
    let edited = withCells(busy(), { "t2.penalty.decisions": 6, "t2.licensing.decisions": 2 });
    edited = setAt(edited, "s5.problems.body", "一是依申请公开工作有待进一步加强。");
    expect(runChecks(edited).map((f) => f.fingerprint)).toEqual(before);
  });

  it("change when the figures a finding concerns change", () => {
    const balance = (r: Report) => ofId(runChecks(r), "balance")[0].fingerprint;
    expect(balance(withCells(busy(), { "t3.received.natural": 3 }))).not.toBe(balance(busy()));
    const value = (r: Report) => ofId(runChecks(r), "value")[0].fingerprint;
    expect(value(withCells(busy(), { "t4.review.upheld": -2 }))).not.toBe(value(busy()));
  });
});
