import { describe, expect, it } from "vitest";
import { blankReport, getAt, setAt } from "../report";
import { normLabel, TABLE_LAYOUTS } from "../template";
import { buildGridModel, parseTsv, planPaste, positionOf, toTsv, tsvCell } from ".";

const t2 = buildGridModel(TABLE_LAYOUTS.t2);
const t3 = buildGridModel(TABLE_LAYOUTS.t3);
const report = setAt(blankReport(), "t3.granted.natural", 9);
const read = (path: string) => getAt(report, path);
const pos = (path: string) => positionOf(t3, path) ?? { row: 0, cell: 0 };

describe("parseTsv", () => {
  it("reads rows and cells, CRLF and a trailing line break", () => {
    expect(parseTsv("1\t2\r\n3\t4\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(parseTsv("5")).toEqual([["5"]]);
    expect(parseTsv("\t7")).toEqual([["", "7"]]);
  });

  it("reads Excel's quoted cells with tabs, line breaks and doubled quotes", () => {
    expect(parseTsv('"a\tb"\t"say ""hi"""\n"line\nbreak"\t1')).toEqual([
      ["a\tb", 'say "hi"'],
      ["line\nbreak", "1"],
    ]);
    expect(parseTsv('"12" apples\t3')).toEqual([['"12" apples', "3"]]);
  });
});

describe("toTsv", () => {
  it.each(["=1+1", "+86", "-3", "@SUM(A1)"])("neutralises the formula prefix of %j", (value) => {
    expect(tsvCell(value)).toBe(`'${value}`);
  });

  it("round-trips through parseTsv", () => {
    const rows = [
      ["（一）予以公开", "2", ""],
      ["a\tb", 'q"', "x\ny"],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
    expect(toTsv([["1", "2"], ["3"]])).toBe("1\t2\n3");
  });
});

describe("normLabel (the template's label reader, shared with import)", () => {
  it("ignores width, spaces, quotes and the numbering style", () => {
    expect(normLabel("(二)部分公开（区分处理的, 只计这一情形，不计其他情形）")).toBe(
      normLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    );
    expect(normLabel('3、危及"三安全一稳定"')).toBe(normLabel("3.危及“三安全一稳定”"));
    expect(normLabel("1．属于国家秘密")).toBe("1.属于国家秘密");
    expect(normLabel("结果 维持")).toBe("结果维持");
  });
});

describe("planPaste", () => {
  it("pastes a block from the anchor across rows and columns, skipping derived cells", () => {
    const block = parseTsv("1\t2\t3\t4\t5\t6\t21\n0\t0\t0\t0\t0\t1\t1\n1\t1\t1\t1\t1\t1\t6");
    const plan = planPaste(t3, pos("t3.received.natural"), block, read);
    expect(plan.patches).toHaveLength(18);
    expect(plan.patches[0]).toEqual({ path: "t3.received.natural", before: null, after: 1 });
    expect(plan.patches.map((p) => p.path)).not.toContain("t3.received.total");
    expect(plan.patches[17]).toEqual({ path: "t3.granted.otherOrg", before: null, after: 1 });
    expect(plan.patches[12]).toEqual({ path: "t3.granted.natural", before: 9, after: 1 });
    expect(plan.rejected).toEqual([]);
    expect(plan.clipped).toBe(0);
  });

  it("lands a labelled row on its row wherever the anchor is", () => {
    const block = parseTsv("（三）不予公开\t1．属于国家秘密\t2\t0\t0\t0\t0\t0\t2");
    const plan = planPaste(t3, pos("t3.received.natural"), block, read);
    expect(plan.patches.map((p) => [p.path, p.after])).toEqual([
      ["t3.denied.stateSecret.natural", 2],
      ["t3.denied.stateSecret.commercial", 0],
      ["t3.denied.stateSecret.research", 0],
      ["t3.denied.stateSecret.publicInterest", 0],
      ["t3.denied.stateSecret.legalService", 0],
      ["t3.denied.stateSecret.otherOrg", 0],
    ]);
    const t2Plan = planPaste(t2, { row: 0, cell: 0 }, parseTsv("行政处罚\t5"), () => null);
    expect(t2Plan.patches).toEqual([{ path: "t2.penalty.decisions", before: null, after: 5 }]);
  });

  it("puts text that is not a number in as text, never as another number, and counts what falls outside", () => {
    const plan = planPaste(t3, pos("t3.carriedForward.legalService"), parseTsv("1\tabc\t9\t8\n4"), read);
    expect(plan.patches).toEqual([
      { path: "t3.carriedForward.legalService", before: null, after: 1 },
      { path: "t3.carriedForward.otherOrg", before: null, after: "abc" },
    ]);
    expect(plan.rejected).toEqual([{ path: "t3.carriedForward.otherOrg", text: "abc", message: expect.any(String) }]);
    expect(plan.clipped).toBe(2);
  });

  it("reads labels as the importer does: without ordinal or note, and a near miss, which it names", () => {
    const block = parseTsv("予以公开\t4\n（二）部分公开\t3\n5.三类内容事务信息\t2");
    const plan = planPaste(t3, pos("t3.received.natural"), block, read);
    expect(plan.patches.filter((p) => p.path.endsWith(".natural")).map((p) => [p.path, p.after])).toEqual([
      ["t3.granted.natural", 4],
      ["t3.partial.natural", 3],
      ["t3.denied.internalAffairs.natural", 2],
    ]);
    expect(plan.unknownLabels).toEqual([]);
    expect(plan.looseLabels).toEqual([{ written: "5.三类内容事务信息", label: "5.属于三类内部事务信息" }]);
  });

  it("reports unknown labels and does not paste a derived row", () => {
    const plan = planPaste(t3, pos("t3.received.natural"), parseTsv("本年新制作数量\t1\n（七）总计\t2"), read);
    expect(plan.patches).toEqual([]);
    expect(plan.unknownLabels).toEqual(["本年新制作数量"]);
    expect(plan.derivedRows).toEqual(["（七）总计"]);
  });

  it("fills every selected cell with a single pasted value", () => {
    const fill = [pos("t3.received.natural"), pos("t3.received.commercial"), pos("t3.received.total")];
    const plan = planPaste(t3, fill[0], [["０"]], read, fill);
    expect(plan.patches.map((p) => [p.path, p.after])).toEqual([
      ["t3.received.natural", 0],
      ["t3.received.commercial", 0],
    ]);
  });
});
