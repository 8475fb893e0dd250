/**
 * Real-world shapes of published reports: the importer must read every figure whatever the brackets,
 * numbering, spacing and label layout, and must say what it could not read instead of filling in zeros.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { getAt, type Report } from "../report";
import { INPUT_CELLS, T3_ROWS } from "../template";
import { importDocument, toMarkdown } from ".";
import { randomReport, seeded } from "./__fixtures__/randomReport";

const source = randomReport(seeded(42), { blanks: false });
const MARKDOWN = toMarkdown(source);

function imported(text: string) {
  const result = importDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const cellsOf = (report: Report, table?: string) =>
  Object.fromEntries(
    INPUT_CELLS.filter((c) => !table || c.table === table).map((c) => [c.path, getAt(report, c.path)]),
  );

/** Rewrites the table rows (lines starting with `|`) of our export. */
function rewriteRows(edit: (line: string) => string): string {
  return MARKDOWN.split("\n")
    .map((line) => (line.startsWith("|") ? edit(line) : line))
    .join("\n");
}

describe("label variants in table rows", () => {
  it.each([
    ["half-width brackets", (l: string) => l.replace(/（/g, "(").replace(/）/g, ")")],
    [
      "`1．` and `1、` numbering",
      (l: string) => l.replace(/\| (\d)\./, (_, d) => `| ${d}${Number(d) % 2 ? "．" : "、"}`),
    ],
    ["`1 .` numbering with spaces", (l: string) => l.replace(/\| (\d)\./, "| $1 . ")],
    ["labels split by spaces", (l: string) => l.replace(/[\u4e00-\u9fa5]{2}/g, (m) => `${m[0]} ${m[1]}`)],
    ["curly quotes as straight quotes", (l: string) => l.replace(/[“”]/g, '"')],
    ["full-width commas and colons as half-width", (l: string) => l.replace(/，/g, ", ").replace(/：/g, ":")],
  ])("reads every figure with %s", (_, edit) => {
    const result = imported(rewriteRows(edit));
    expect(cellsOf(result.report)).toEqual(cellsOf(source));
    expect(result.context.absentTables).toEqual([]);
    expect(result.context.importFindings).toEqual([]);
  });

  it("reads flattened labels (`三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密`) in one cell", () => {
    const flattened = rewriteRows((line) => {
      const row = T3_ROWS.find((r) => r.labels.length > 1 && line.includes(` ${r.labels.at(-1)} |`));
      if (!row) return line;
      const leaf = ` ${row.labels.at(-1)} |`;
      return `| ${row.labels.join(" / ")} |${line.slice(line.indexOf(leaf) + leaf.length)}`;
    });
    expect(flattened).toContain("| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 |");
    expect(cellsOf(imported(flattened).report, "t3")).toEqual(cellsOf(source, "t3"));
  });

  it("reads bold group rows, with the group on a row of its own", () => {
    const bold = rewriteRows((line) =>
      line.replace(/^\| \| (（[三四五六]）[^|]+) \| /, "| **$1** | | | | | | | | | |\n| | | "),
    );
    expect(bold).toContain("| **（三）不予公开** |");
    expect(cellsOf(imported(bold).report, "t3")).toEqual(cellsOf(source, "t3"));
  });

  it("reads a row whose label slipped into the first column (as the seed's `3. 其他`)", () => {
    const slipped = rewriteRows((line) => line.replace(/^\| \| \| (3\.其他) \|(.*)\|$/, "| 3. 其他 | |$2| |"));
    expect(slipped).toMatch(/^\| 3\. 其他 \| \|/m);
    expect(cellsOf(imported(slipped).report, "t3")).toEqual(cellsOf(source, "t3"));
  });
});

describe("a truncated table", () => {
  const cut = MARKDOWN.replace(/\| \| （五）不予处理[\s\S]*?(\n\n## 四)/, "$1");
  const result = imported(cut);

  it("keeps what it has and leaves the missing rows blank, not 0", () => {
    expect(getAt(result.report, "t3.unavailable.unclear.natural")).toBe(
      getAt(source, "t3.unavailable.unclear.natural"),
    );
    expect(getAt(result.report, "t3.notProcessed.petition.natural")).toBeNull();
    expect(getAt(result.report, "t3.carriedForward.otherOrg")).toBeNull();
  });

  it("reports the missing rows as missing-section and lists them as not read", () => {
    const findings = result.context.importFindings ?? [];
    expect(findings.map((f) => [f.id, f.severity, f.section])).toEqual([["missing-section", "error", "s3"]]);
    expect(findings[0].cells).toContain("t3.carriedForward.natural");
    expect(findings[0].cells).toHaveLength(9 * 6);
    expect(result.notRead.join("\n")).toContain("缺少“（五）不予处理 1.信访举报投诉类申请”");
    expect(runChecks(result.report, result.context).some((f) => f.id === "missing-section")).toBe(true);
  });
});

describe("a missing table", () => {
  const without = MARKDOWN.replace(/\| 行政复议[\s\S]*?\n\n/, "");
  const result = imported(without);

  it("is reported as missing-section through absentTables, never zero-filled", () => {
    expect(result.context.absentTables).toEqual(["t4"]);
    expect(getAt(result.report, "t4.review.upheld")).toBeNull();
    expect(result.notRead.join("\n")).toContain("没有“四、政府信息公开行政复议、行政诉讼情况”表");
    const finding = runChecks(result.report, result.context).find((f) => f.id === "missing-section");
    expect(finding?.section).toBe("s4");
  });
});

describe("stated totals", () => {
  it("raises stated-total for a total the document states that does not add up", () => {
    const wrong = MARKDOWN.replace(/^(\| \| （七）总计 \| \| )(\d+)/m, (_, head, n) => `${head}${Number(n) + 1}`);
    const findings = imported(wrong).context.importFindings ?? [];
    expect(findings).toEqual([
      expect.objectContaining({ id: "stated-total", severity: "error", cells: ["t3.total.natural"] }),
    ]);
    expect(findings[0].message).toContain("（七）总计 自然人");
  });
});

describe("the 2019 format", () => {
  const OLD_T2 = [
    "| 第二十条第（一）项 | | | |",
    "| --- | --- | --- | --- |",
    "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "| 规章 | 0 | 0 | 0 |",
  ].join("\n");

  it("is refused as old-format", () => {
    const old = MARKDOWN.replace(/\| 第二十条第（一）项[\s\S]*?\n\n/, `${OLD_T2}\n\n`);
    const result = importDocument(old);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map((f) => f.id)).toEqual(["old-format"]);
    expect(result.message).toContain("2019年的旧格式");
    expect(result.message).toContain("本年新制作数量");
  });

  it("is recognised by a （六）其他处理 row without its three sub-rows", () => {
    const old = MARKDOWN.replace(
      /\| \| （六）其他处理 \| 1\.[^\n]*\n\| \| \| 2\.[^\n]*\n\| \| \| 3\.[^\n]*\n/,
      "| | （六）其他处理 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
    );
    expect(old).toContain("| | （六）其他处理 | | 0 |");
    const result = importDocument(old);
    expect(!result.ok && result.findings[0].id).toBe("old-format");
  });

  it("is not confused by 政府集中采购 in the prose of a 2021 report", () => {
    const prose = MARKDOWN.replace("## 二、", "本年度主动公开政府集中采购信息。\n\n## 二、");
    expect(importDocument(prose).ok).toBe(true);
  });
});

describe("text copied from a government web page (tab-separated tables)", () => {
  const text = readFileSync(new URL("./__fixtures__/web-paste-2022.txt", import.meta.url), "utf8");
  const result = imported(text);
  const at = (path: string) => getAt(result.report, path);

  it("reads the body, the year, the body type and the publication date", () => {
    expect(result.report.meta).toMatchObject({
      organ: "某某镇人民政府",
      year: 2022,
      organType: "乡镇人民政府",
      signOff: "某某镇人民政府\n2023年1月18日",
      publishDate: "2023-01-18",
    });
    expect(result.report.meta.preamble).toMatch(/^本报告根据/);
  });

  it("reads the sub-items, splitting a heading that runs on into its text", () => {
    expect(result.report.s1.proactive).toEqual({
      heading: "主动公开",
      body: "2022年，我镇通过政府网站主动公开政府信息120条。",
    });
    expect(result.report.s1.oversight).toEqual({ heading: "监督保障", body: "将政务公开纳入年度考核。" });
    expect(result.report.s5.improvements.body).toBe("建立信息发布台账。");
    expect(result.report.s6.body).toBe("本年度未收取信息处理费。");
  });

  it("reads every figure of the three tables", () => {
    expect([at("t2.normativeDocs.issued"), at("t2.normativeDocs.repealed"), at("t2.normativeDocs.valid")]).toEqual([
      3, 1, 12,
    ]);
    expect([at("t2.licensing.decisions"), at("t2.penalty.decisions"), at("t2.fees.amount")]).toEqual([45, 7, 1.25]);
    expect([at("t3.received.natural"), at("t3.received.commercial"), at("t3.carriedOver.natural")]).toEqual([10, 2, 1]);
    expect([at("t3.granted.natural"), at("t3.partial.natural"), at("t3.denied.thirdParty.natural")]).toEqual([5, 2, 1]);
    expect([at("t3.unavailable.notHeld.commercial"), at("t3.notProcessed.repeat.commercial")]).toEqual([1, 1]);
    expect([at("t4.review.upheld"), at("t4.litigationDirect.pending"), at("t4.litigationAfterReview.upheld")]).toEqual([
      1, 1, 0,
    ]);
    expect(INPUT_CELLS.every((c) => typeof getAt(result.report, c.path) === "number")).toBe(true);
    expect(result.context.importFindings).toEqual([]);
    expect(runChecks(result.report, result.context).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says what it left out, and not the table labels printed on lines of their own", () => {
    expect(result.notRead.join("\n")).toContain("标题之前的3行文字");
    expect(result.notRead.join("\n")).not.toContain("表格以外");
    expect(result.notRead.join("\n")).toContain("落款之后的1行文字");
    expect(result.read.join("\n")).toContain("文件中写明的");
  });
});

describe("sub-item headings in published Markdown", () => {
  const doc = (items: string) =>
    `# 某某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n${items}\n\n## 五、存在的主要问题及改进情况\n\n**（一）存在的问题**\n\n正文。\n`;

  it("reads `### 1.主动公开` headings without their ordinals", () => {
    const { report } = imported(doc("### 1.主动公开\n\n甲。\n\n### 2、依申请公开\n\n乙。"));
    expect(report.s1.proactive).toEqual({ heading: "主动公开", body: "甲。" });
    expect(report.s1.onRequest).toEqual({ heading: "依申请公开", body: "乙。" });
    expect(report.s5.problems).toEqual({ heading: "存在的问题", body: "正文。" });
  });

  it("keeps `1.` lines of plain text as text, not headings", () => {
    const { report } = imported(doc("（一）主动公开\n\n1.加强平台建设。\n\n2.完善制度。"));
    expect(report.s1.proactive).toEqual({ heading: "主动公开", body: "1.加强平台建设。\n2.完善制度。" });
  });
});

describe("sub-items that do not fit the template", () => {
  it("merges an extra sub-item into the last one read and says so", () => {
    const text =
      "某某局2023年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n（三）其他\n丙。\n（一）问题\n甲。";
    const result = imported(text);
    expect(result.report.s5.problems).toEqual({ heading: "问题", body: "甲。\n其他\n丙。" });
    expect(result.report.s5.improvements).toEqual({ heading: "改进情况", body: "" });
    expect(result.notRead.join("\n")).toContain("多出的小项“其他”");
    expect(result.read.join("\n")).toContain("读取1个小项（缺少（二）改进情况）");
  });
});
