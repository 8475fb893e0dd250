/**
 * The whole label set of the 2021 template, typed out again from the official format
 * (国办公开办函〔2021〕30号). A changed character in the template module fails here.
 */
import { describe, expect, it } from "vitest";
import {
  ALL_CELLS,
  fieldLabel,
  INPUT_CELLS,
  type LayoutCell,
  layoutMatrix,
  ORGAN_TYPES,
  reportTitle,
  SECTIONS,
  subItemOrdinal,
  T2_GROUPS,
  T2_LAYOUT,
  T3_COLUMNS,
  T3_LAYOUT,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T4_LAYOUT,
} from ".";

const text = (cell: LayoutCell | null) => (cell === null ? "" : cell.kind === "label" ? cell.text : `{${cell.path}}`);

describe("sections", () => {
  it("are the six titles in order", () => {
    expect(SECTIONS.map((s) => [s.key, s.title])).toEqual([
      ["s1", "一、总体情况"],
      ["s2", "二、主动公开政府信息情况"],
      ["s3", "三、收到和处理政府信息公开申请情况"],
      ["s4", "四、政府信息公开行政复议、行政诉讼情况"],
      ["s5", "五、存在的主要问题及改进情况"],
      ["s6", "六、其他需要报告的事项"],
    ]);
  });

  it("have the sub-items of 一 and 五 with their default headings", () => {
    const headings = SECTIONS.flatMap((s) =>
      s.subItems.map((item, i) => `${s.key}.${item.key} ${subItemOrdinal(i)}${item.defaultHeading}`),
    );
    expect(headings).toEqual([
      "s1.proactive （一）主动公开",
      "s1.onRequest （二）依申请公开",
      "s1.management （三）政府信息管理",
      "s1.platform （四）政府信息公开平台建设",
      "s1.oversight （五）监督保障",
      "s5.problems （一）存在的主要问题",
      "s5.improvements （二）改进情况",
    ]);
  });

  it("know the body types and the title form", () => {
    expect(ORGAN_TYPES).toEqual(["县级以上人民政府", "县级以上人民政府部门", "乡镇人民政府", "街道办事处", "其他"]);
    expect(reportTitle("西工区红山街道办事处", 2023)).toBe("西工区红山街道办事处2023年政府信息公开工作年度报告");
  });
});

describe("table 二", () => {
  it("has the four 第二十条 groups with their rows and fields", () => {
    expect(
      T2_GROUPS.map((g) => [g.article, g.fields.map((f) => f.label), g.rows.map((r) => `${r.key}:${r.label}`)]),
    ).toEqual([
      [
        "第二十条第（一）项",
        ["本年制发件数", "本年废止件数", "现行有效件数"],
        ["regulations:规章", "normativeDocs:行政规范性文件"],
      ],
      ["第二十条第（五）项", ["本年处理决定数量"], ["licensing:行政许可"]],
      ["第二十条第（六）项", ["本年处理决定数量"], ["penalty:行政处罚", "coercion:行政强制"]],
      ["第二十条第（八）项", ["本年收费金额（单位：万元）"], ["fees:行政事业性收费"]],
    ]);
  });

  it("lays out as the official table, single-value headers spanning columns 2–4", () => {
    expect(layoutMatrix(T2_LAYOUT).map((row) => row.map(text))).toEqual([
      ["第二十条第（一）项", "", "", ""],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "{t2.regulations.issued}", "{t2.regulations.repealed}", "{t2.regulations.valid}"],
      ["行政规范性文件", "{t2.normativeDocs.issued}", "{t2.normativeDocs.repealed}", "{t2.normativeDocs.valid}"],
      ["第二十条第（五）项", "", "", ""],
      ["信息内容", "本年处理决定数量", "", ""],
      ["行政许可", "{t2.licensing.decisions}", "", ""],
      ["第二十条第（六）项", "", "", ""],
      ["信息内容", "本年处理决定数量", "", ""],
      ["行政处罚", "{t2.penalty.decisions}", "", ""],
      ["行政强制", "{t2.coercion.decisions}", "", ""],
      ["第二十条第（八）项", "", "", ""],
      ["信息内容", "本年收费金额（单位：万元）", "", ""],
      ["行政事业性收费", "{t2.fees.amount}", "", ""],
    ]);
    const fees = T2_LAYOUT.body[13][1];
    expect(fees).toEqual({ kind: "input", path: "t2.fees.amount", colspan: 3 });
    expect(ALL_CELLS.find((c) => c.path === "t2.fees.amount")?.kind).toBe("amount");
  });
});

describe("table 三", () => {
  it("has the seven columns", () => {
    expect(T3_COLUMNS.map((c) => `${c.key}:${c.label}`)).toEqual([
      "natural:自然人",
      "commercial:商业企业",
      "research:科研机构",
      "publicInterest:社会公益组织",
      "legalService:法律服务机构",
      "otherOrg:其他",
      "total:总计",
    ]);
  });

  it("has the 25 rows with their keys and nested labels", () => {
    expect(T3_ROWS.map((r) => `${r.key}|${r.labels.join("|")}`)).toEqual([
      "received|一、本年新收政府信息公开申请数量",
      "carriedOver|二、上年结转政府信息公开申请数量",
      "granted|三、本年度办理结果|（一）予以公开",
      "partial|三、本年度办理结果|（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "denied.stateSecret|三、本年度办理结果|（三）不予公开|1.属于国家秘密",
      "denied.lawProhibited|三、本年度办理结果|（三）不予公开|2.其他法律行政法规禁止公开",
      "denied.threeSafetyOneStability|三、本年度办理结果|（三）不予公开|3.危及“三安全一稳定”",
      "denied.thirdParty|三、本年度办理结果|（三）不予公开|4.保护第三方合法权益",
      "denied.internalAffairs|三、本年度办理结果|（三）不予公开|5.属于三类内部事务信息",
      "denied.processInfo|三、本年度办理结果|（三）不予公开|6.属于四类过程性信息",
      "denied.enforcementFile|三、本年度办理结果|（三）不予公开|7.属于行政执法案卷",
      "denied.adminQuery|三、本年度办理结果|（三）不予公开|8.属于行政查询事项",
      "unavailable.notHeld|三、本年度办理结果|（四）无法提供|1.本机关不掌握相关政府信息",
      "unavailable.needsCreation|三、本年度办理结果|（四）无法提供|2.没有现成信息需要另行制作",
      "unavailable.unclear|三、本年度办理结果|（四）无法提供|3.补正后申请内容仍不明确",
      "notProcessed.petition|三、本年度办理结果|（五）不予处理|1.信访举报投诉类申请",
      "notProcessed.repeat|三、本年度办理结果|（五）不予处理|2.重复申请",
      "notProcessed.publication|三、本年度办理结果|（五）不予处理|3.要求提供公开出版物",
      "notProcessed.massRepeat|三、本年度办理结果|（五）不予处理|4.无正当理由大量反复申请",
      "notProcessed.confirmOrReissue|三、本年度办理结果|（五）不予处理|5.要求行政机关确认或重新出具已获取信息",
      "otherHandling.noCorrection|三、本年度办理结果|（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "otherHandling.feeUnpaid|三、本年度办理结果|（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "otherHandling.other|三、本年度办理结果|（六）其他处理|3.其他",
      "total|三、本年度办理结果|（七）总计",
      "carriedForward|四、结转下年度继续办理",
    ]);
    expect(T3_ROWS.filter((r) => r.outcome)).toHaveLength(21);
    expect(T3_ROWS.filter((r) => r.derived).map((r) => r.key)).toEqual(["total"]);
  });

  it("lays out the three header rows with their spans", () => {
    expect(T3_LAYOUT.header).toEqual([
      [
        {
          kind: "label",
          text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          colspan: 3,
          rowspan: 3,
        },
        { kind: "label", text: "申请人情况", colspan: 7, rowspan: 1 },
      ],
      [
        { kind: "label", text: "自然人", colspan: 1, rowspan: 2 },
        { kind: "label", text: "法人或其他组织", colspan: 5, rowspan: 1 },
        { kind: "label", text: "总计", colspan: 1, rowspan: 2 },
      ],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((t) => ({
        kind: "label",
        text: t,
        colspan: 1,
        rowspan: 1,
      })),
    ]);
  });

  it("spans the label columns as the official table does", () => {
    const labels = T3_LAYOUT.body.map((row) =>
      row
        .filter((c) => c.kind === "label")
        .map((c) => (c.kind === "label" ? `${c.text}[${c.colspan}x${c.rowspan}]` : "")),
    );
    expect(labels[0]).toEqual(["一、本年新收政府信息公开申请数量[3x1]"]);
    expect(labels[2]).toEqual(["三、本年度办理结果[1x22]", "（一）予以公开[2x1]"]);
    expect(labels[4]).toEqual(["（三）不予公开[1x8]", "1.属于国家秘密[1x1]"]);
    expect(labels[12]).toEqual(["（四）无法提供[1x3]", "1.本机关不掌握相关政府信息[1x1]"]);
    expect(labels[15]).toEqual(["（五）不予处理[1x5]", "1.信访举报投诉类申请[1x1]"]);
    expect(labels[20]).toEqual([
      "（六）其他处理[1x3]",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请[1x1]",
    ]);
    expect(labels[23]).toEqual(["（七）总计[2x1]"]);
    expect(labels[24]).toEqual(["四、结转下年度继续办理[3x1]"]);
    const matrix = layoutMatrix(T3_LAYOUT);
    expect(matrix).toHaveLength(28);
    expect(matrix.every((row) => row.length === 10)).toBe(true);
    expect(matrix[26].slice(3).map(text)).toEqual(
      ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"].map(
        (c) => `{t3.total.${c}}`,
      ),
    );
  });

  it("derives the total column and the （七）总计 row", () => {
    const t3 = ALL_CELLS.filter((c) => c.table === "t3");
    expect(t3).toHaveLength(25 * 7);
    expect(t3.filter((c) => c.derived)).toHaveLength(25 + 6);
    expect(INPUT_CELLS.filter((c) => c.table === "t3")).toHaveLength(24 * 6);
  });
});

describe("table 四", () => {
  it("has three groups of five columns", () => {
    expect(T4_GROUPS.map((g) => `${g.key}:${g.label}`)).toEqual([
      "review:行政复议",
      "litigationDirect:未经复议直接起诉",
      "litigationAfterReview:复议后起诉",
    ]);
    expect(T4_COLUMNS.map((c) => `${c.key}:${c.label}`)).toEqual([
      "upheld:结果维持",
      "corrected:结果纠正",
      "other:其他结果",
      "pending:尚未审结",
      "total:总计",
    ]);
  });

  it("lays out the 15 columns under three header rows", () => {
    const five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const matrix = layoutMatrix(T4_LAYOUT).map((row) => row.map(text));
    expect(matrix[0]).toEqual(["行政复议", "", "", "", "", "行政诉讼", ...new Array(9).fill("")]);
    expect(matrix[1]).toEqual([...five, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]);
    expect(matrix[2]).toEqual(["", "", "", "", "", ...five, ...five]);
    expect(matrix[3]).toHaveLength(15);
    expect(T4_LAYOUT.header[1].slice(0, 5).every((c) => c.kind === "label" && c.rowspan === 2)).toBe(true);
  });
});

describe("cells", () => {
  it("have accessible names of row label and column label", () => {
    const name = (path: string) => ALL_CELLS.find((c) => c.path === path)?.name;
    expect(name("t3.granted.natural")).toBe("（一）予以公开 自然人");
    expect(name("t3.denied.stateSecret.commercial")).toBe("（三）不予公开 1.属于国家秘密 商业企业");
    expect(name("t3.received.total")).toBe("一、本年新收政府信息公开申请数量 总计");
    expect(name("t2.fees.amount")).toBe("行政事业性收费 本年收费金额（单位：万元）");
    expect(name("t4.litigationDirect.upheld")).toBe("行政诉讼 未经复议直接起诉 结果维持");
    expect(new Set(ALL_CELLS.map((c) => c.name)).size).toBe(ALL_CELLS.length);
    expect(new Set(ALL_CELLS.map((c) => c.path)).size).toBe(ALL_CELLS.length);
  });
});

describe("fieldLabel", () => {
  it("names metadata, prose fields and cells", () => {
    expect(fieldLabel("meta.year")).toBe("报告年度");
    expect(fieldLabel("s1.onRequest.body")).toBe("一、总体情况 （二）正文");
    expect(fieldLabel("s5.problems.heading")).toBe("五、存在的主要问题及改进情况 （一）小标题");
    expect(fieldLabel("s6.body")).toBe("六、其他需要报告的事项");
    expect(fieldLabel("t2.fees.amount")).toBe("表二 行政事业性收费 本年收费金额（单位：万元）");
    expect(fieldLabel("t4.review.total")).toBe("表四 行政复议 总计");
  });
});
