/**
 * The figures and prose of 西工区红山街道办事处2023年政府信息公开工作年度报告 (e2e/fixtures/hongshan-2023.seed.md),
 * as a report object: every cell entered (0 where the document prints 0), every paragraph verbatim
 * (headings without their ordinal).
 */
import { blankReport, type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";

const FIGURES: Record<string, number> = {
  "t2.penalty.decisions": 5,
  "t3.received.natural": 2,
  "t3.granted.natural": 2,
};

const S1: [key: string, heading: string, body: string][] = [
  [
    "proactive",
    "政府信息主动公开情况",
    "2023 年，红山街道办事处认真贯彻落实市政府关于政府信息公开工作的决策部署，加强重点领域信息公开，突出做好社会保障、就业、医疗、养老、救助、环境保护等领域群众最迫切关心了解的信息，确保政府工作及时发布、有效宣传。",
  ],
  ["onRequest", "政府信息依申请公开情况", "2023 年度红山街道办事处共受理依申请公开信息申请 2 条。"],
  [
    "management",
    "政府信息管理情况",
    "根据区政府对信息公开工作的统一部署，街道安排专人负责政府信息公开工作，主要职责包括具体承办信息公开事项、维护和更新政府信息、编制信息公开指南、公开目录和年度报告等。并结合我街道实际，提出了推进政府信息公开工作的若干措施，明确政务信息发布审核流程，严把审查关，严厉杜绝涉密涉敏信息的公开，政府信息公开工作得到了有效的贯彻落实。",
  ],
  [
    "platform",
    "政府信息公开平台建设情况",
    "按照区政府政务公开相关工作要求，我街道在政府信息平台上基层政务公开标准化规范化等相关栏目进行了调整增加，规范了政府信息公开平台设置，提升了主动公开工作实效，加强了政府信息日常管理，依托多种公开平台，保障政府信息公开全面、及时，其中主要形式为：西工区政府网站、“精彩西工”魅力红山”微信公众平台等。",
  ],
  [
    "oversight",
    "监督保障情况",
    "红山街道严格落实政府信息公开监督保障工作，明确工作责任。建立信息公开保密审查制度，规范信息公开保密审查流程，提高政府信息公开工作的规范性。及时公开信息、公开举报电话，自觉接受群众监督。2023 年我街道未发生政务公开工作责任追究事项。",
  ],
];

const S5_PROBLEMS =
  "一是依申请公开工作有待进一步加强；二是发布稿件内容质量有待提高；三是规范性文件及政策解读方面信息公开尚有不足。";
const S5_IMPROVEMENTS =
  "一是学习先进街道依申请公开工作经验，加强专职人员业务素质；二是持续加强内容发布审核，坚持先审后发，切实做好“三审三校”，确保内容准确、表述规范；三是落实政府信息管理动态调整，切实保障公民、法人和其他组织的知情权，加强我街道信息管理，确保政府信息公开及时、准确。";

export function hongshan2023(): Report {
  let report = blankReport();
  for (const cell of INPUT_CELLS) report = setAt(report, cell.path, FIGURES[cell.path] ?? 0);
  report.meta = { ...report.meta, organ: "西工区红山街道办事处", year: 2023, organType: "街道办事处" };
  for (const [key, heading, body] of S1) report.s1[key] = { heading, body };
  report.s5.problems = { heading: "存在的主要问题", body: S5_PROBLEMS };
  report.s5.improvements = { heading: "改进措施", body: S5_IMPROVEMENTS };
  report.s6 = { body: "无" };
  return report;
}
