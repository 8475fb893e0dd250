import { describe, expect, it } from "vitest";
import { TABLE_LAYOUTS } from "../template";
import {
  buildGridModel,
  cellAt,
  edge,
  type GridModel,
  type GridPos,
  move,
  nextInput,
  nextInputInColumn,
  positionOf,
  rectangle,
} from ".";

const t2 = buildGridModel(TABLE_LAYOUTS.t2);
const t3 = buildGridModel(TABLE_LAYOUTS.t3);
const t4 = buildGridModel(TABLE_LAYOUTS.t4);
const at = (model: GridModel, path: string): GridPos => {
  const pos = positionOf(model, path);
  if (!pos) throw new Error(`no ${path}`);
  return pos;
};
const path = (model: GridModel, pos: GridPos | null) => (pos ? cellAt(model, pos).path : null);

describe("buildGridModel", () => {
  it("has the rows of each table with their own labels and number cells", () => {
    expect(t3.rows).toHaveLength(25);
    expect(t3.rows.map((r) => r.cells.length)).toEqual(new Array(25).fill(7));
    expect(t3.rows[4]).toMatchObject({ key: "t3.denied.stateSecret", label: "1.属于国家秘密", derived: false });
    expect(t3.rows[23]).toMatchObject({ key: "t3.total", label: "（七）总计", derived: true });
    expect(t2.rows.map((r) => [r.key, r.label, r.cells.length])).toEqual([
      ["t2.regulations", "规章", 3],
      ["t2.normativeDocs", "行政规范性文件", 3],
      ["t2.licensing", "行政许可", 1],
      ["t2.penalty", "行政处罚", 1],
      ["t2.coercion", "行政强制", 1],
      ["t2.fees", "行政事业性收费", 1],
    ]);
    expect(t2.rows[5].cells[0]).toMatchObject({ kind: "amount", colspan: 3 });
    expect(t4.rows).toHaveLength(1);
    expect(t4.rows[0].cells.filter((c) => c.derived)).toHaveLength(3);
  });
});

describe("navigation", () => {
  it("moves by arrows and stays at the edges", () => {
    const start = at(t3, "t3.received.natural");
    expect(path(t3, move(t3, start, "right"))).toBe("t3.received.commercial");
    expect(path(t3, move(t3, start, "down"))).toBe("t3.carriedOver.natural");
    expect(move(t3, start, "up")).toEqual(start);
    expect(move(t3, start, "left")).toEqual(start);
  });

  it("jumps to the edge with Ctrl and to the row or table ends with Home/End", () => {
    const start = at(t3, "t3.granted.research");
    expect(path(t3, move(t3, start, "down", true))).toBe("t3.carriedForward.research");
    expect(path(t3, move(t3, start, "right", true))).toBe("t3.granted.total");
    expect(path(t3, edge(t3, start, false, false))).toBe("t3.granted.natural");
    expect(path(t3, edge(t3, start, true, true))).toBe("t3.carriedForward.total");
  });

  it("keeps the column across spanned cells of table 二", () => {
    const valid = at(t2, "t2.normativeDocs.valid");
    expect(path(t2, move(t2, valid, "down"))).toBe("t2.licensing.decisions");
    expect(path(t2, move(t2, at(t2, "t2.licensing.decisions"), "up"))).toBe("t2.normativeDocs.issued");
  });

  it("Tab and Enter skip derived cells; Tab leaves the table after the last entered cell", () => {
    expect(path(t3, nextInput(t3, at(t3, "t3.received.otherOrg"), true))).toBe("t3.carriedOver.natural");
    expect(path(t3, nextInput(t3, at(t3, "t3.carriedOver.natural"), false))).toBe("t3.received.otherOrg");
    expect(nextInput(t3, at(t3, "t3.carriedForward.otherOrg"), true)).toBeNull();
    expect(path(t3, nextInputInColumn(t3, at(t3, "t3.otherHandling.other.natural"), true))).toBe(
      "t3.carriedForward.natural",
    );
    expect(path(t4, nextInput(t4, at(t4, "t4.review.pending"), true))).toBe("t4.litigationDirect.upheld");
  });

  it("gives the cells of a selected rectangle row by row", () => {
    const rect = rectangle(t3, at(t3, "t3.carriedOver.research"), at(t3, "t3.received.natural"));
    expect(rect.map((r) => r.map((p) => path(t3, p)))).toEqual([
      ["t3.received.natural", "t3.received.commercial", "t3.received.research"],
      ["t3.carriedOver.natural", "t3.carriedOver.commercial", "t3.carriedOver.research"],
    ]);
  });
});
