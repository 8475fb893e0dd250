import { describe, expect, it } from "vitest";
import { T3_INPUT_COLUMNS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { blankReport, getAt, reportSchema, setAt } from ".";
import { carriedOver, rollForward } from "./rollForward";

function withCarriedForward(values: Record<string, unknown>) {
  let report = hongshan2023();
  for (const [column, value] of Object.entries(values)) report = setAt(report, `t3.carriedForward.${column}`, value);
  return report;
}

describe("rollForward", () => {
  it("moves 四、结转下年度继续办理 into next year's 二、上年结转 column by column", () => {
    const last = withCarriedForward({ natural: 3, commercial: 1, research: 0, publicInterest: null, otherOrg: 7 });
    const next = rollForward(last);
    expect(getAt(next, "t3.carriedOver.natural")).toBe(3);
    expect(getAt(next, "t3.carriedOver.commercial")).toBe(1);
    expect(getAt(next, "t3.carriedOver.research")).toBe(0);
    expect(getAt(next, "t3.carriedOver.publicInterest")).toBeNull();
    expect(getAt(next, "t3.carriedOver.otherOrg")).toBe(7);
    for (const column of T3_INPUT_COLUMNS) expect(getAt(next, `t3.carriedForward.${column.key}`)).toBeNull();
  });

  it("does not carry text that is not a number", () => {
    const next = rollForward(withCarriedForward({ natural: "三" }));
    expect(getAt(next, "t3.carriedOver.natural")).toBeNull();
  });

  it("keeps the body and the headings, advances the year and clears figures and prose", () => {
    const last = hongshan2023();
    last.s1.proactive = { heading: "主动公开政府信息情况", body: "去年的正文" };
    const next = rollForward(last);
    expect(next.meta).toEqual({
      ...blankReport().meta,
      organ: "西工区红山街道办事处",
      organType: "街道办事处",
      year: 2024,
    });
    expect(next.s1.proactive).toEqual({ heading: "主动公开政府信息情况", body: "" });
    expect(next.s5.problems).toEqual({ heading: "存在的主要问题", body: "" });
    expect(next.s6.body).toBe("");
    expect(getAt(next, "t3.received.natural")).toBeNull();
    expect(getAt(next, "t2.penalty.decisions")).toBeNull();
    expect(reportSchema.safeParse(next).success).toBe(true);
  });

  it("leaves the year blank when this year's is blank", () => {
    expect(rollForward(blankReport()).meta.year).toBeNull();
  });
});

describe("carriedOver", () => {
  it("lists each column carried with its figure, zeros included, and the text cells left for the clerk", () => {
    const last = withCarriedForward({
      natural: 3,
      commercial: 0,
      research: "两件",
      publicInterest: null,
      legalService: null,
      otherOrg: 7,
    });
    expect(carriedOver(last)).toEqual({
      figures: [
        { column: "自然人", value: 3 },
        { column: "商业企业", value: 0 },
        { column: "其他", value: 7 },
      ],
      notCarried: ["科研机构"],
    });
  });

  it("is empty when last year's row was left blank", () => {
    expect(carriedOver(blankReport())).toEqual({ figures: [], notCarried: [] });
  });
});
