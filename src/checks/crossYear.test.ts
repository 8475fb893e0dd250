import { describe, expect, it } from "vitest";
import { type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { hongshan2022 } from "../testing/otherReports";
import { type CheckContext, runChecks } from ".";

const ofId = (report: Report, id: string, context: CheckContext) =>
  runChecks(report, context).filter((f) => f.id === id);

describe("carry-over", () => {
  it("is silent when no last year is known", () => {
    expect(ofId(setAt(hongshan2023(), "t3.carriedOver.natural", 1), "carry-over", {})).toEqual([]);
  });

  it("holds when this year's 上年结转 equals last year's 结转下年度 in every column", () => {
    expect(ofId(hongshan2023(), "carry-over", { lastYear: hongshan2022() })).toEqual([]);
  });

  it("fires per column, with both years' figures", () => {
    const lastYear = setAt(setAt(hongshan2022(), "t3.carriedForward.natural", 2), "t3.carriedForward.legalService", 1);
    const findings = ofId(hongshan2023(), "carry-over", { lastYear });
    expect(findings.map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [["t3.carriedOver.natural"], 2, 0],
      [["t3.carriedOver.legalService"], 1, 0],
    ]);
    expect(findings[0].message).toBe(
      "自然人列：本年“二、上年结转政府信息公开申请数量”为0，但2022年报告“四、结转下年度继续办理”为2。" +
        "上年结转下来的申请应当在本年报告中如数结转；请核对后改正其中一处。",
    );
    expect(findings[0].section).toBe("s3");
  });
});

describe("valid-count", () => {
  const lastYear = () => setAt(hongshan2022(), "t2.normativeDocs.valid", 12);

  it("is silent when no last year is known", () => {
    expect(ofId(setAt(hongshan2023(), "t2.normativeDocs.valid", 3), "valid-count", {})).toEqual([]);
  });

  it("holds when 现行有效 = last year's 现行有效 + 制发 − 废止", () => {
    let r = setAt(hongshan2023(), "t2.normativeDocs.issued", 3);
    r = setAt(setAt(r, "t2.normativeDocs.repealed", 2), "t2.normativeDocs.valid", 13);
    expect(ofId(r, "valid-count", { lastYear: lastYear() })).toEqual([]);
  });

  it("fires with last year's figure, this year's issued and repealed, and the expected count", () => {
    let r = setAt(hongshan2023(), "t2.normativeDocs.issued", 3);
    r = setAt(setAt(r, "t2.normativeDocs.repealed", 2), "t2.normativeDocs.valid", 3);
    const [finding] = ofId(r, "valid-count", { lastYear: lastYear() });
    expect(finding).toMatchObject({
      section: "s2",
      expected: 13,
      actual: 3,
      cells: ["t2.normativeDocs.valid", "t2.normativeDocs.issued", "t2.normativeDocs.repealed"],
    });
    expect(finding.message).toContain(
      "行政规范性文件：2022年报告现行有效12件，本年制发3件、废止2件，现行有效应为12+3−2=13件，但本年填写的是3件。",
    );
  });

  it("checks 规章 the same way", () => {
    const r = setAt(hongshan2023(), "t2.regulations.valid", 1);
    expect(ofId(r, "valid-count", { lastYear: hongshan2022() }).map((f) => f.cells[0])).toEqual([
      "t2.regulations.valid",
    ]);
  });
});
