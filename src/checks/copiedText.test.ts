import { describe, expect, it } from "vitest";
import { type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { hongshan2022, hongshan2023Rewritten } from "../testing/otherReports";
import { type CheckContext, runChecks } from ".";
import { COPIED_THRESHOLD, similarity } from "./copiedText";
import { sectionProse } from "./proseFields";

const ofId = (report: Report, context: CheckContext) =>
  runChecks(report, context).filter((f) => f.id === "copied-text");
const textOf = (report: Report, section: "s1" | "s5") =>
  sectionProse(report, [section])
    .map((f) => f.text)
    .join("\n");

describe("similarity", () => {
  it("is 1 for a copy whose years and figures were changed", () => {
    expect(similarity(textOf(hongshan2023(), "s1"), textOf(hongshan2022(), "s1"))).toBe(1);
  });

  it("stays far below the threshold for the same body's rewritten report", () => {
    expect(similarity(textOf(hongshan2023Rewritten(), "s1"), textOf(hongshan2022(), "s1"))).toBeLessThan(0.3);
    expect(similarity(textOf(hongshan2023Rewritten(), "s5"), textOf(hongshan2022(), "s5"))).toBeLessThan(0.3);
  });

  it("stays above the threshold when a copy gains a sentence", () => {
    const r = setAt(hongshan2023(), "s1.onRequest.body", `${hongshan2023().s1.onRequest.body}均已在法定期限内答复。`);
    expect(similarity(textOf(r, "s1"), textOf(hongshan2022(), "s1"))).toBeGreaterThan(COPIED_THRESHOLD);
  });

  it("drops below the threshold when one of five paragraphs is rewritten", () => {
    const r = setAt(hongshan2023(), "s1.proactive.body", hongshan2023Rewritten().s1.proactive.body);
    expect(similarity(textOf(r, "s1"), textOf(hongshan2022(), "s1"))).toBeLessThan(COPIED_THRESHOLD);
  });
});

describe("copied-text", () => {
  it("is silent when no last year is known", () => {
    expect(ofId(hongshan2023(), {})).toEqual([]);
  });

  it("holds for a rewritten report", () => {
    expect(ofId(hongshan2023Rewritten(), { lastYear: hongshan2022() })).toEqual([]);
  });

  it("fires for 一 and 五 copied from last year, showing the similarity", () => {
    const findings = ofId(hongshan2023(), { lastYear: hongshan2022() });
    expect(findings.map((f) => [f.section, f.actual])).toEqual([
      ["s1", 100],
      ["s5", 100],
    ]);
    expect(findings[1].cells).toEqual(["s5.problems.body", "s5.improvements.body"]);
    expect(findings[1].message).toContain("“五、存在的主要问题及改进情况”与2022年报告的相似度为100%");
    expect(findings[1].message).toContain("说明上年报告所列问题的整改情况");
  });

  it("ignores short texts such as `无`, which every report may share", () => {
    expect(ofId(hongshan2023(), { lastYear: hongshan2022() }).map((f) => f.section)).not.toContain("s6");
  });

  it("keeps its fingerprint while the copy is edited", () => {
    const before = ofId(hongshan2023(), { lastYear: hongshan2022() })[0];
    const edited = setAt(
      hongshan2023(),
      "s1.onRequest.body",
      "2023 年度红山街道办事处共受理依申请公开信息申请 2 条，均已答复。",
    );
    const after = ofId(edited, { lastYear: hongshan2022() })[0];
    expect(after.actual).toBeLessThan(100);
    expect(after.fingerprint).toBe(before.fingerprint);
  });
});
