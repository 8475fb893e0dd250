/**
 * A report cut off inside 表三 (a web page copied only down to the middle of the table): the cells it never
 * held are "not read", not 0. The checks must not find the report unbalanced or its prose wrong on their
 * account, must say what they could not check, and exports must print those cells blank.
 */
import { describe, expect, it } from "vitest";
import { runChecks, unknownCells } from "../checks";
import { publishDocument } from "../publish/model";
import { setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { importDocument, toMarkdown } from ".";

/** Hongshan with 47 applications: 30 granted, 10 partly, 7 carried forward. */
function busyReport() {
  let report = hongshan2023();
  report = setAt(report, "t3.received.natural", 47);
  report = setAt(report, "t3.granted.natural", 30);
  report = setAt(report, "t3.partial.natural", 10);
  report = setAt(report, "t3.carriedForward.natural", 7);
  report.s1.onRequest.body = "全年共受理依申请公开信息申请47件，予以公开30件，结转下年度继续办理7件。";
  return report;
}

/** Our Markdown of the report, cut off after the line of 表三 that contains `lastRow`. */
function cutAfter(lastRow: string): string {
  const lines = toMarkdown(busyReport()).split("\n");
  return lines.slice(0, lines.findIndex((l) => l.includes(lastRow)) + 1).join("\n");
}

function imported(text: string) {
  const result = importDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("a report cut off inside 表三", () => {
  it("the whole report raises no balance or prose-number finding (the premise)", () => {
    const ids = runChecks(busyReport()).map((f) => f.id);
    expect(ids).not.toContain("balance");
    expect(ids).not.toContain("prose-number");
  });

  it("raises no balance or prose-number finding against cells never read, and says what it could not check", () => {
    const { report, context } = imported(cutAfter("（二）部分公开"));
    const findings = runChecks(report, context);
    expect(findings.filter((f) => f.id === "balance")).toEqual([]);
    expect(findings.filter((f) => f.id === "prose-number")).toEqual([]);
    const notChecked = findings.filter((f) => f.id === "not-checked");
    expect(notChecked.map((f) => f.message).join("\n")).toMatch(/勾稽关系.*未检查/);
    expect(notChecked.map((f) => f.message).join("\n")).toMatch(/7件（表三“四、结转下年度继续办理”的总计）未检查/);
    expect(findings.some((f) => f.id === "missing-section" && f.cells.includes("t3.carriedForward.natural"))).toBe(
      true,
    );
  });

  it("still checks the figures that were read (granted 30 is checked against the prose)", () => {
    const { report, context } = imported(cutAfter("（二）部分公开"));
    const wrong = setAt(report, "t3.granted.natural", 31);
    expect(runChecks(wrong, context).some((f) => f.id === "prose-number" && f.actual === 30)).toBe(true);
  });

  it("checks the balance again once the clerk fills the cells in, and finds a real imbalance", () => {
    const { report, context } = imported(cutAfter("（二）部分公开"));
    const unknown = unknownCells(report, context);
    let filled = report;
    for (const path of unknown) if (!path.endsWith(".total")) filled = setAt(filled, path, 0);
    const findings = runChecks(filled, context);
    expect(findings.filter((f) => f.id === "not-checked")).toEqual([]);
    expect(findings.find((f) => f.id === "balance")?.message).toMatch(/相差7/);
  });

  it("prints the cells not read blank, never 0, in the published document", () => {
    const { report, context } = imported(cutAfter("（二）部分公开"));
    const doc = publishDocument(report, unknownCells(report, context));
    const cells = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "table" ? [...b.table.body.flat()] : [])),
    );
    const text = (path: string) => cells.find((c) => c.path === path)?.text;
    expect(text("t3.granted.natural")).toBe("30");
    expect(text("t3.carriedForward.natural")).toBe("");
    expect(text("t3.total.natural")).toBe("");
    expect(text("t4.review.upheld")).toBe("");
  });

  it("exports the cells not read blank in Markdown", () => {
    const { report, context } = imported(cutAfter("（二）部分公开"));
    const md = toMarkdown(report, unknownCells(report, context));
    const row = md.split("\n").find((l) => l.includes("四、结转下年度继续办理")) ?? "";
    expect(row).not.toMatch(/\| 0 \|/);
    expect(md.split("\n").find((l) => l.includes("（一）予以公开"))).toMatch(/\| 30 \|/);
  });
});

describe("a cell holding text typed that is not a number", () => {
  const report = setAt(busyReport(), "t3.granted.natural", "1.5");
  const grantedRow = (markdown: string) => markdown.split("\n").find((l) => l.includes("（一）予以公开")) ?? "";

  it("is exported blank, and so is every total over it, by default", () => {
    const row = grantedRow(toMarkdown(report));
    expect(row).not.toContain("1.5");
    expect(row.split("|").map((c) => c.trim())).toContain("");
    const cells = publishDocument(report).sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "table" ? b.table.body.flat() : [])),
    );
    const at = (path: string) => cells.find((c) => c.kind === "number" && c.path === path)?.text;
    expect(at("t3.granted.natural")).toBe("");
    expect(at("t3.granted.total")).toBe("");
    expect(at("t3.granted.commercial")).toBe("0");
  });

  it("is not filled for the checks: its column's balance is not checked", () => {
    expect(unknownCells(report).has("t3.granted.natural")).toBe(true);
    expect(unknownCells(report).has("t3.total.natural")).toBe(true);
    expect(runChecks(report).map((f) => f.id)).toEqual(expect.arrayContaining(["value", "not-checked"]));
    expect(runChecks(report).map((f) => f.id)).not.toContain("balance");
  });
});
