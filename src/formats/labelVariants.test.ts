/**
 * Labels that differ from the template's text (issue #17): a near miss still reads its row, an altered label
 * becomes a `label-variant` finding naming the official text, and the grid's paste reads labels exactly as
 * the importer does (one reader, `src/template/labelReader.ts`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { buildGridModel, planPaste } from "../grid";
import { getAt } from "../report";
import { T2_GROUPS, T3_ROWS, TABLE_LAYOUTS } from "../template";
import { importDocument } from ".";
import { matchRow } from "./rowLabels";

const WEB = readFileSync(new URL("./__fixtures__/web-paste-2022.txt", import.meta.url), "utf8");

function imported(text: string) {
  const result = importDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("an altered column heading", () => {
  const result = imported(WEB.replace("本年废止件数\t现行有效件数", "本年废止件数\t现行有效件"));

  it("becomes a finding naming the official text, and the figures are still read", () => {
    const variants = (result.context.importFindings ?? []).filter((f) => f.id === "label-variant");
    expect(variants).toHaveLength(1);
    expect(variants[0]).toMatchObject({ severity: "info", section: "s2" });
    expect(variants[0].message).toContain("“现行有效件”与格式（国办公开办函〔2021〕30号）的“现行有效件数”不一致");
    expect(getAt(result.report, "t2.normativeDocs.valid")).toBe(12);
    expect(result.notRead.join("\n")).toContain("“现行有效件”与格式的“现行有效件数”不一致");
    expect(runChecks(result.report, result.context).some((f) => f.id === "label-variant")).toBe(true);
  });

  it("is not raised for the template's own headings", () => {
    expect((imported(WEB).context.importFindings ?? []).map((f) => f.id)).toEqual([]);
  });
});

describe("a typo in a row label", () => {
  const result = imported(WEB.replace("5.属于三类内部事务信息\t0\t0", "5.三类内容事务信息\t3\t0"));

  it("still reads the row, and says it was read loosely", () => {
    expect(getAt(result.report, "t3.denied.internalAffairs.natural")).toBe(3);
    const [variant] = (result.context.importFindings ?? []).filter((f) => f.id === "label-variant");
    expect(variant.message).toContain(
      "“5.三类内容事务信息”与格式（国办公开办函〔2021〕30号）的“5.属于三类内部事务信息”",
    );
    expect(variant.cells[0]).toBe("t3.denied.internalAffairs.natural");
    expect(result.notRead.join("\n")).not.toContain("没有识别出这一行");
  });

  it("does not take one row for another (行政许可 is not 行政处罚)", () => {
    const other = imported(WEB.replace("行政许可\t45", "行政审批\t45"));
    expect(getAt(other.report, "t2.licensing.decisions")).toBeNull();
    expect(getAt(other.report, "t2.penalty.decisions")).toBe(7);
  });
});

describe("import and grid paste read labels alike", () => {
  const t2 = buildGridModel(TABLE_LAYOUTS.t2);
  const t3 = buildGridModel(TABLE_LAYOUTS.t3);
  const written = (label: string) => [
    label,
    label.replace(/（/g, "(").replace(/）/g, ")"),
    label.replace(/^（[一二三四五六七]）|^\d\./, ""),
    label.replace(/（[^（）]*）$/, ""),
  ];
  const t3Leaves = T3_ROWS.filter((r) => !r.derived).map((r) => ({ key: r.key, label: r.labels.at(-1) ?? "" }));
  const t2Rows = T2_GROUPS.flatMap((g) => g.rows);

  it.each(t3Leaves.flatMap((row) => written(row.label).map((w) => [w, row.key])))(
    "`%s` goes to row %s in both",
    (label, key) => {
      const paste = planPaste(t3, { row: 0, cell: 0 }, [[label, "1"]], () => null);
      expect(paste.patches[0]?.path).toBe(`t3.${key}.natural`);
      expect(matchRow(label, true)?.value.key).toBe(key);
    },
  );

  it("t2 rows too", () => {
    for (const row of t2Rows) {
      const paste = planPaste(t2, { row: 0, cell: 0 }, [[`${row.label} `, "1"]], () => null);
      expect(paste.patches[0]?.path.startsWith(`t2.${row.key}.`)).toBe(true);
      expect(matchRow(`${row.label} `, true)?.value.key).toBe(row.key);
    }
  });
});
