import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { blankReport, getAt, setAt } from "../report";
import { ACCEPTED_EDGES } from "../testing/exportSamples";
import { hongshan2023 } from "../testing/hongshan2023";
import { importDocument, JSON_FORMAT_VERSION, toJson, toJsonFile } from ".";

const jsonFile = () => JSON.parse(toJson(hongshan2023())) as Record<string, unknown>;
const refused = (value: unknown) => {
  const result = importDocument(typeof value === "string" ? value : JSON.stringify(value));
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
};

describe("JSON export", () => {
  it("is the self-describing file with computed totals and findings", () => {
    const at = new Date("2024-01-20T08:00:00.000Z");
    const out = toJsonFile(hongshan2023(), at);
    expect(Object.keys(out)).toEqual([
      "format",
      "formatVersion",
      "template",
      "exportedAt",
      "report",
      "computed",
      "findings",
    ]);
    expect(out).toMatchObject({
      format: "xxgk-annual-report",
      formatVersion: JSON_FORMAT_VERSION,
      template: "国办公开办函〔2021〕30号",
      exportedAt: "2024-01-20T08:00:00.000Z",
    });
    expect(out.computed["t3.total.total"]).toBe(2);
    expect(out.computed["t4.review.total"]).toBe(0);
    expect(out.findings).toEqual(runChecks(hongshan2023()));
  });

  it("writes a cell holding text as null, so the file stays importable; the finding keeps the text", () => {
    const out = toJsonFile(setAt(hongshan2023(), "t3.received.natural", "两件"));
    expect(out.report.t3.received).toMatchObject({ natural: null });
    expect(out.findings.find((f) => f.id === "value")?.message).toContain("“两件”");
    expect(importDocument(JSON.stringify(out)).ok).toBe(true);
  });

  it("writes a number a cell does not accept, and a year out of range, as null; the findings keep them", () => {
    const report = setAt(setAt(hongshan2023(), "t3.received.natural", -3), "meta.year", 1999);
    const out = toJsonFile(report);
    expect(out.report.t3.received).toMatchObject({ natural: null });
    expect(out.report.meta.year).toBeNull();
    expect(out.findings.find((f) => f.id === "value")?.message).toContain("“-3”");
    expect(out.findings.find((f) => f.id === "missing-meta")?.cells).toEqual(["meta.year"]);
    expect(importDocument(JSON.stringify(out)).ok).toBe(true);
  });

  it("keeps blank cells null, and leaves out the totals over a cell not read (blank, not 0)", () => {
    const out = toJsonFile(blankReport(), undefined, new Set(["t3.granted.natural", "t3.granted.total"]));
    expect(out.report.t3.granted).toMatchObject({ natural: null, commercial: null });
    expect(out.computed).not.toHaveProperty("t3.granted.total");
    expect(out.computed["t3.received.total"]).toBe(0);
    expect(toJsonFile(setAt(blankReport(), "t3.granted.natural", "两件")).computed).not.toHaveProperty(
      "t3.total.natural",
    );
  });
});

describe("JSON import", () => {
  it("reads our export back", () => {
    const result = importDocument(toJson(hongshan2023()));
    expect(result.ok && result.report).toEqual(hongshan2023());
    expect(result.ok && result.context.importFindings).toEqual([]);
  });

  it("carries the draft it was exported from, so a hand-back from the 汇总 can find it; a file without one still reads", () => {
    const file = JSON.parse(toJson(hongshan2023(), undefined, undefined, "draft-1")) as Record<string, unknown>;
    expect(file.draftId).toBe("draft-1");
    const result = importDocument(JSON.stringify(file));
    expect(result.ok && result.draftId).toBe("draft-1");
    const without = importDocument(toJson(hongshan2023()));
    expect(without.ok && "draftId" in without).toBe(false);
    expect(refused({ ...file, draftId: "" })).toContain("draftId");
  });

  it("raises stated-total when computed totals disagree with the cells", () => {
    const file = jsonFile();
    (file.computed as Record<string, number>)["t3.total.natural"] = 3;
    const result = importDocument(JSON.stringify(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.context.importFindings).toEqual([
      expect.objectContaining({
        id: "stated-total",
        severity: "error",
        cells: ["t3.total.natural"],
        expected: 2,
        actual: 3,
      }),
    ]);
    expect(result.context.importFindings?.[0].message).toContain("写的是3，按各项数字合计应为2");
    expect(runChecks(result.report, result.context).map((f) => f.id)).toContain("stated-total");
  });

  it("refuses a newer formatVersion", () => {
    expect(refused({ ...jsonFile(), formatVersion: JSON_FORMAT_VERSION + 1 })).toContain("更新版本");
  });

  it("refuses unknown keys with their JSON path", () => {
    expect(refused({ ...jsonFile(), extra: 1 })).toContain("（文件顶层）：有本工具不认识的字段 extra");
    expect(refused(setAt(jsonFile(), "report.t3.received.foo", 1))).toContain(
      "report.t3.received：有本工具不认识的字段 foo",
    );
    expect(refused(setAt(jsonFile(), "computed.t3\u0000x", 1))).toContain("computed");
  });

  it("refuses wrong types and missing keys with their JSON path", () => {
    expect(refused(setAt(jsonFile(), "report.t3.received.natural", "2"))).toContain(
      "report.t3.received.natural：应为数字或空值 null，实际是文本",
    );
    const { report: _, ...noReport } = jsonFile();
    expect(refused(noReport)).toContain("report：缺少这一项");
    expect(refused(setAt(jsonFile(), "report.meta.organType", "街道"))).toContain("report.meta.organType");
  });

  it.each([
    [
      "report.t3.received.natural",
      -3,
      "report.t3.received.natural（一、本年新收政府信息公开申请数量 自然人）：文件中是 -3，件数只能填整数",
    ],
    ["report.t3.received.natural", 2.5, "文件中是 2.5，件数只能填整数，不能为负数或小数"],
    ["report.t3.received.natural", 1e300, "文件中是 1e+300，件数只能填整数"],
    ["report.t2.fees.amount", -0.5, "report.t2.fees.amount（"],
    ["report.t2.fees.amount", 1.234567, "文件中是 1.234567，金额以万元为单位，不能为负数，最多保留4位小数"],
    ["report.meta.year", 99999, "report.meta.year（报告年度）：文件中是 99999，应为2008—2100之间的4位年份"],
    ["report.meta.year", -5, "report.meta.year（报告年度）：文件中是 -5"],
  ])("refuses %s = %s, naming the field and the rule", (path, value, words) => {
    expect(refused(setAt(jsonFile(), path, value))).toContain(words);
  });

  it.each(ACCEPTED_EDGES)("reads %s = %s, an edge of its rule", (path, value) => {
    const result = importDocument(JSON.stringify(setAt(jsonFile(), `report.${path}`, value)));
    expect(result.ok && getAt(result.report, path)).toBe(value);
  });

  it("refuses invalid JSON and JSON of another app", () => {
    expect(refused('{"format": "xxgk-annual-report",')).toContain("不是有效的 JSON");
    expect(refused({ type: "excalidraw", version: 2, elements: [] })).toContain("不是年报编制工具导出的 JSON 文件");
    expect(refused([1, 2, 3])).toContain("不是年报编制工具导出的 JSON 文件");
  });
});
