/**
 * The figures and prose of 西工区红山街道办事处2023年政府信息公开工作年度报告 (e2e/fixtures/hongshan-2023.seed.md),
 * as a report object: every cell entered (0 where the document prints 0).
 */
import { blankReport, type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";

const FIGURES: Record<string, number> = {
  "t2.penalty.decisions": 5,
  "t3.received.natural": 2,
  "t3.granted.natural": 2,
};

export function hongshan2023(): Report {
  let report = blankReport();
  for (const cell of INPUT_CELLS) report = setAt(report, cell.path, FIGURES[cell.path] ?? 0);
  report.meta = { ...report.meta, organ: "西工区红山街道办事处", year: 2023, organType: "街道办事处" };
  const s1: [string, string, string][] = [
    [
      "proactive",
      "政府信息主动公开情况",
      "2023 年，红山街道办事处认真贯彻落实市政府关于政府信息公开工作的决策部署，加强重点领域信息公开。",
    ],
    ["onRequest", "政府信息依申请公开情况", "2023 年度红山街道办事处共受理依申请公开信息申请 2 条。"],
    ["management", "政府信息管理情况", "根据区政府对信息公开工作的统一部署，街道安排专人负责政府信息公开工作。"],
    ["platform", "政府信息公开平台建设情况", "按照区政府政务公开相关工作要求，规范了政府信息公开平台设置。"],
    ["oversight", "监督保障情况", "红山街道严格落实政府信息公开监督保障工作，明确工作责任。"],
  ];
  for (const [key, heading, body] of s1) report.s1[key] = { heading, body };
  report.s5.problems = { heading: "存在的主要问题", body: "一是依申请公开工作有待进一步加强。" };
  report.s5.improvements = { heading: "改进措施", body: "一是学习先进街道依申请公开工作经验。" };
  report.s6 = { body: "无" };
  return report;
}
