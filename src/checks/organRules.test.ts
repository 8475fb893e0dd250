import { describe, expect, it } from "vitest";
import { type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { countyGovernment2023 } from "../testing/otherReports";
import { type CheckContext, runChecks } from ".";
import { isCountyLevel } from "./organ";

const ofId = (report: Report, id: string, context: CheckContext = {}) =>
  runChecks(report, context).filter((f) => f.id === id);
const withMeta = (meta: Partial<Report["meta"]>, report = hongshan2023()) => ({
  ...report,
  meta: { ...report.meta, ...meta },
});

describe("regulations-body", () => {
  const withRegulations = (report: Report) =>
    setAt(setAt(report, "t2.regulations.issued", 2), "t2.regulations.valid", 2);

  it("holds when 规章 is 0", () => {
    expect(ofId(hongshan2023(), "regulations-body")).toEqual([]);
  });

  it("fires for a 街道办事处 with 规章, naming the figures and the row to use instead", () => {
    const [finding] = ofId(withRegulations(hongshan2023()), "regulations-body");
    expect(finding).toMatchObject({ section: "s2", cells: ["t2.regulations.issued", "t2.regulations.valid"] });
    expect(finding.message).toContain("本机关为街道办事处，不能制定规章");
    expect(finding.message).toContain("本年制发2件、废止0件、现行有效2件");
    expect(finding.message).toContain("应填入“行政规范性文件”行");
  });

  it.each([
    ["乡镇人民政府", "宜阳县三乡镇人民政府", "乡镇人民政府"],
    ["县级以上人民政府", "宜阳县人民政府", "县级人民政府"],
    ["县级以上人民政府部门", "洛阳市西工区教育局", "县级人民政府部门"],
  ] as const)("fires for a %s named %s", (organType, organ, kind) => {
    const [finding] = ofId(withRegulations(withMeta({ organType, organ })), "regulations-body");
    expect(finding.message).toContain(`本机关为${kind}`);
  });

  it.each([
    ["县级以上人民政府", "洛阳市人民政府"],
    ["县级以上人民政府", "河南省人民政府"],
    ["县级以上人民政府", "广西壮族自治区人民政府"],
    ["县级以上人民政府部门", "河南省自然资源厅"],
    ["其他", "洛阳市住房公积金管理中心"],
  ] as const)("stays silent for a %s named %s, which may make 规章 or is not known not to", (organType, organ) => {
    expect(ofId(withRegulations(withMeta({ organType, organ })), "regulations-body")).toEqual([]);
  });
});

describe("isCountyLevel", () => {
  it.each([
    ["宜阳县人民政府", true],
    ["洛阳市西工区人民政府", true],
    ["伊川县自然资源局", true],
    ["科尔沁右翼前旗人民政府", true],
    ["新疆维吾尔自治区人民政府", false],
    ["阿里地区行政公署", false],
    ["洛阳市人民政府", false],
    ["洛阳高新技术产业开发区管理委员会", false],
  ])("%s → %s", (organ, county) => {
    expect(isCountyLevel(withMeta({ organ }))).toBe(county);
  });
});

describe("fee-unit", () => {
  it.each([0, 0.35, 12.5])("holds for %s 万元 at a 街道", (amount) => {
    expect(ofId(setAt(hongshan2023(), "t2.fees.amount", amount), "fee-unit")).toEqual([]);
  });

  it("holds for a county government's 860 万元", () => {
    expect(ofId(setAt(countyGovernment2023(), "t2.fees.amount", 860), "fee-unit")).toEqual([]);
  });

  it("fires for 3500 at a 街道, saying what 3500 元 is in 万元", () => {
    const [finding] = ofId(setAt(hongshan2023(), "t2.fees.amount", 3500), "fee-unit");
    expect(finding).toMatchObject({ section: "s2", cells: ["t2.fees.amount"], actual: 3500 });
    expect(finding.message).toContain("填写的是3500万元");
    expect(finding.message).toContain("应填0.35");
  });

  it("fires for 25000 at a county government", () => {
    expect(ofId(setAt(countyGovernment2023(), "t2.fees.amount", 25000), "fee-unit")).toHaveLength(1);
  });
});

describe("deadline", () => {
  it.each([
    ["街道办事处", "2024-01-31"],
    ["县级以上人民政府部门", "2024-01-20"],
    ["县级以上人民政府", "2024-03-31"],
    ["其他", "2024-06-30"],
  ] as const)("holds for a %s publishing on %s", (organType, publishDate) => {
    expect(ofId(withMeta({ organType, publishDate }), "deadline")).toEqual([]);
  });

  it("is silent without a publication date", () => {
    expect(ofId(hongshan2023(), "deadline")).toEqual([]);
  });

  it("fires for a 部门 after 1月31日, with the deadline, the date and the delay", () => {
    const [finding] = ofId(withMeta({ organType: "县级以上人民政府部门", publishDate: "2024-02-05" }), "deadline");
    expect(finding).toMatchObject({ cells: ["meta.publishDate"], section: "meta", actual: 5 });
    expect(finding.message).toContain(
      "应当在2024年1月31日前公开（条例第四十九条），公开日期填写的是2024年2月5日，晚了5天",
    );
  });

  it("fires for a government's own report after 3月31日", () => {
    expect(ofId(withMeta({ publishDate: "2024-04-01" }, countyGovernment2023()), "deadline")).toHaveLength(1);
  });

  it("uses the configured date for 乡镇/街道", () => {
    const late = withMeta({ publishDate: "2024-02-15" });
    expect(ofId(late, "deadline")).toHaveLength(1);
    expect(ofId(late, "deadline", { townshipDeadline: "02-20" })).toEqual([]);
    expect(ofId(late, "deadline", { townshipDeadline: "02-10" })[0].message).toContain("2024年2月10日前");
    expect(ofId(late, "deadline", { townshipDeadline: "not a date" })[0].message).toContain("2024年1月31日前");
  });
});
