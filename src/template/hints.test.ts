import { describe, expect, it } from "vitest";
import { ROW_HINTS, rowHint, T2_GROUPS, T3_ROWS } from ".";

describe("口径 hints", () => {
  const rowKeys = [...T2_GROUPS.flatMap((g) => g.rows.map((r) => `t2.${r.key}`)), ...T3_ROWS.map((r) => `t3.${r.key}`)];

  it("cover every row of tables 二 and 三, and nothing else", () => {
    for (const key of rowKeys) expect(rowHint(key), key).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(ROW_HINTS).sort()).toEqual([...rowKeys].sort());
  });

  it("say that 部分公开 is counted once and 行政处罚 counts every decision", () => {
    expect(rowHint("t3.partial")).toContain("只计在这一行");
    expect(rowHint("t2.penalty")).toContain("不论该决定是否对外公开");
  });
});
