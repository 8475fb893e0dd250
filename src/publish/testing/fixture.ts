/**
 * A report with stable prose for the golden files: every kind of content the document prints
 * (preamble, sub-items with a cleared heading, several paragraphs, text that must be escaped,
 * a 万元 amount with decimals, blank cells, a sign-off). Independent of the seed's prose.
 */
import { blankReport, type Report, setAt } from "../../report";

const FIGURES: Record<string, number | null> = {
  "t2.normativeDocs.issued": 3,
  "t2.normativeDocs.valid": 12,
  "t2.penalty.decisions": 5,
  "t2.fees.amount": 1.25,
  "t3.received.natural": 7,
  "t3.received.commercial": 2,
  "t3.carriedOver.natural": 1,
  "t3.granted.natural": 4,
  "t3.partial.commercial": 1,
  "t3.denied.thirdParty.natural": 1,
  "t3.unavailable.notHeld.natural": 2,
  "t3.notProcessed.repeat.commercial": 1,
  "t3.carriedForward.natural": 1,
  "t4.review.upheld": 1,
  "t4.litigationDirect.pending": 2,
};

export function publishFixture(): Report {
  let report = blankReport();
  for (const [path, value] of Object.entries(FIGURES)) report = setAt(report, path, value);
  report.meta = {
    organ: "示例区<测试>局",
    year: 2024,
    organType: "县级以上人民政府部门",
    preamble: "本报告根据《中华人民共和国政府信息公开条例》编制。\n本报告所列数据的统计期限为2024年1月1日至12月31日。",
    signOff: "示例区<测试>局\n2025年1月20日",
    publishDate: "2025-01-20",
  };
  report.s1.proactive = {
    heading: "主动公开情况",
    body: '全年主动公开信息 120 条。\n\n其中 A&B 类 "重点" 信息 30 条。',
  };
  report.s1.onRequest = { heading: "", body: "全年收到申请 9 件，<script>alert('x')</script> 不应执行。" };
  report.s1.management = { heading: "政府信息管理", body: "完善信息发布审核制度。" };
  report.s1.platform = { heading: "平台建设", body: "  网站栏目调整 3 个。  " };
  report.s1.oversight = { heading: "监督保障", body: "开展培训 2 次。" };
  report.s5.problems = { heading: "存在的主要问题", body: "一是公开内容不够全面。" };
  report.s5.improvements = { heading: "改进情况", body: "一是加强培训。" };
  report.s6 = { body: "本年度未收取信息处理费。" };
  return report;
}
