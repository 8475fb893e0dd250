/**
 * Many units' reports for a collection (汇总) at scale, for the budgets of issue #19 and the similarity tests:
 * each unit its own figures and its own 一 and 五 (stock phrases every office uses, mixed with sentences of its
 * own), some unbalanced, and every `copyEvery`-th unit a copy of the one before with only its figures changed.
 * Deterministic: the same arguments give the same reports.
 */
import { type Report, setAt } from "../report";
import { hongshan2023 } from "./hongshan2023";
import { seeded } from "./seeded";

/** Wording many reports share: a pair of units sharing a few of these is not a copy. */
const STOCK = [
  "严格落实政府信息公开条例各项要求",
  "坚持以公开为常态不公开为例外",
  "进一步加强政务公开标准化规范化建设",
  "全年未发生因政府信息公开引起的行政复议和行政诉讼",
  "按照上级部署认真做好政府信息公开工作",
  "切实保障人民群众的知情权参与权表达权和监督权",
  "依申请公开均在法定期限内答复",
  "严格执行先审后发和保密审查制度",
  "政务公开工作人员业务能力有待提高",
  "加强业务培训提高工作人员业务素质",
  "主动公开的内容还不够全面及时",
  "进一步拓宽公开渠道方便群众查阅",
];

/** Characters a unit's own sentences are drawn from. */
const CHARS =
  "区街道社乡镇村居委会党群服务中心政务公开信息平台网站栏目发布更新维护审核年度工作计划总结报告会议通知公告" +
  "政策解读文件规范民生就业教育医疗卫生养老救助住房改造环境治理安全生产应急防汛农业产业项目资金财政预算决算" +
  "采购招标征收补偿审批许可处罚强制检查督查考核监督整改落实推进开展组织召开培训学习宣传咨询答复办理受理";

function ownText(next: () => number, length: number): string {
  let text = "";
  while (text.length < length) {
    const sentence = Array.from(
      { length: 12 + Math.floor(next() * 20) },
      () => CHARS[Math.floor(next() * CHARS.length)],
    );
    text += `${sentence.join("")}${next() < 0.3 ? STOCK[Math.floor(next() * STOCK.length)] : ""}，共${Math.floor(next() * 90) + 1}条。`;
  }
  return text;
}

export interface UnitReport {
  unit: string;
  report: Report;
  /** The unit whose 一 and 五 this one copied, or null. */
  copiedFrom: string | null;
  balanced: boolean;
}

export const unitName = (i: number) => `西工区第${i + 1}街道办事处`;

export function unitReports(count: number, { copyEvery = 25, unbalancedEvery = 10, year = 2023 } = {}): UnitReport[] {
  const seed = hongshan2023();
  const out: UnitReport[] = [];
  for (let i = 0; i < count; i++) {
    const next = seeded(i + 1);
    const unit = unitName(i);
    const copied = i > 0 && i % copyEvery === 0 ? out[i - 1] : null;
    let report: Report = { ...seed, meta: { ...seed.meta, organ: unit, year } };
    if (copied) report = { ...report, s1: copied.report.s1, s5: copied.report.s5 };
    else {
      const s1 = Object.fromEntries(
        Object.entries(seed.s1).map(([key, item]) => [key, { ...item, body: ownText(next, 120) }]),
      );
      const s5 = Object.fromEntries(
        Object.entries(seed.s5).map(([key, item]) => [key, { ...item, body: ownText(next, 150) }]),
      );
      report = { ...report, s1, s5 };
    }
    const handled = Math.floor(next() * 40);
    const unbalanced = unbalancedEvery > 0 && i % unbalancedEvery === unbalancedEvery - 1;
    report = setAt(report, "t3.received.natural", handled + (unbalanced ? 3 : 0));
    report = setAt(report, "t3.granted.natural", handled);
    report = setAt(report, "t2.licensing.decisions", Math.floor(next() * 500));
    out.push({ unit, report, copiedFrom: copied?.unit ?? null, balanced: !unbalanced });
  }
  return out;
}
