/**
 * What the prose must cover (条例第五十条, 国办公开办函〔2021〕30号):
 * - overview-aspects: each of 一's five sub-items is filled in and speaks about its aspect;
 * - gov-items: a 人民政府 reports 工作考核、社会评议、责任追究 in 监督保障 and the 六 items for governments;
 * - fee-not-reported: 六 says how much 信息处理费 was charged, or that none was.
 * The tests are words a sub-item cannot do without; they catch a blank, a `无` and a paragraph pasted under the
 * wrong heading, not a poor paragraph that uses the right words.
 */
import type { Report } from "../report";
import { guidanceFor, sectionDef, subItemOrdinal } from "../template";
import { fingerprintOf } from "./fingerprint";
import { TODO } from "./kind";
import { isGovernment } from "./organ";
import type { Finding } from "./types";

/** Per 一 sub-item: words that show it addresses its aspect (what to write about is the template's guidance). */
const ASPECT_WORDS: Record<string, RegExp> = {
  // `公开` counts unless it is 依申请公开 (`全年通过门户网站公开政府信息230条` is about 主动公开).
  proactive: /主动|发布|公布|公示|推送|(?<!申请)公开/,
  onRequest: /申请/,
  management: /管理|审查|审核|保密|制度|目录|指南|更新|维护|清理|动态调整|规范/,
  platform: /平台|网站|网页|栏目|专栏|公众号|微信|微博|新媒体|客户端|APP|App|公开栏|公示栏|查阅|服务中心|大厅/,
  oversight: /监督|考核|评议|追究|问责|督查|检查|培训|保障/,
};

/** Text that says nothing: `无`, `略`, `暂无`, `同上`. */
const PLACEHOLDER = /^[\s。.]*(无|略|暂无|同上|见上|详见上文|\/|-|—)?[\s。.]*$/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export function overviewAspectsCheck(report: Report): Finding[] {
  const s1 = sectionDef("s1");
  const bodies = s1.subItems.map((item) => report.s1[item.key]?.body ?? "");
  if (bodies.every((b) => !b.trim())) return []; // an empty 一 is missing-section's
  return s1.subItems.flatMap((item, i): Finding[] => {
    const body = bodies[i];
    const name = `${subItemOrdinal(i)}${item.defaultHeading}`;
    const blank = isPlaceholder(body);
    if (!blank && ASPECT_WORDS[item.key].test(body)) return [];
    const topics = guidanceFor(`s1.${item.key}`)?.topics;
    return [
      {
        id: "overview-aspects",
        // Not yet written is to do; written but off the point is worth a second look.
        ...(body.trim() ? { severity: "warning" as const } : TODO),
        message: blank
          ? `“${s1.title}”的“${name}”没有内容。格式要求总体情况逐项说明五个方面，不能遗漏；请写明${topics}。`
          : `“${s1.title}”的“${name}”没有谈到${item.defaultHeading}，可能放错了小项或写得过于笼统。请写明${topics}。`,
        cells: [`s1.${item.key}.body`],
        section: "s1",
        fingerprint: fingerprintOf("overview-aspects", [item.key, blank ? "blank" : "off-topic"]),
      },
    ];
  });
}

const S6_TITLE = sectionDef("s6").title;
const OVERSIGHT = (() => {
  const items = sectionDef("s1").subItems;
  const i = items.findIndex((item) => item.key === "oversight");
  return `${subItemOrdinal(i)}${items[i]?.defaultHeading}`;
})();

const OVERSIGHT_ITEMS = [
  { name: "工作考核", words: /考核/ },
  { name: "社会评议", words: /评议/ },
  { name: "责任追究", words: /追究|问责/ },
];

const S6_GOVERNMENT_ITEMS = [
  { name: "年度政务公开工作要点落实情况", words: /工作要点/ },
  { name: "人大代表建议和政协提案办理结果公开情况", words: /建议|提案/ },
  { name: "工作创新情况", words: /创新/ },
];

export function govItemsCheck(report: Report): Finding[] {
  if (!isGovernment(report)) return [];
  const oversight = report.s1.oversight?.body ?? "";
  const missingOversight = OVERSIGHT_ITEMS.filter((item) => !item.words.test(oversight)).map((i) => i.name);
  const missingS6 = S6_GOVERNMENT_ITEMS.filter((item) => !item.words.test(report.s6.body)).map((i) => i.name);
  const findings: Finding[] = [];
  if (missingOversight.length > 0) {
    findings.push({
      id: "gov-items",
      ...(oversight.trim() ? { severity: "warning" as const } : TODO),
      message:
        `本机关为${report.meta.organType}，“${OVERSIGHT}”应当包括工作考核、社会评议和责任追究结果情况（条例第五十条第四项），` +
        `目前没有写到：${missingOversight.join("、")}。请补写；没有发生的，写明“未发生”。`,
      cells: ["s1.oversight.body"],
      section: "s1",
      fingerprint: fingerprintOf("gov-items", ["s1.oversight.body", missingOversight]),
    });
  }
  if (missingS6.length > 0) {
    findings.push({
      id: "gov-items",
      ...(report.s6.body.trim() ? { severity: "warning" as const } : TODO),
      message: `本机关为${report.meta.organType}，“${S6_TITLE}”还应当报告：${missingS6.join("、")}。请逐项补写。`,
      cells: ["s6.body"],
      section: "s6",
      fingerprint: fingerprintOf("gov-items", ["s6.body", missingS6]),
    });
  }
  return findings;
}

function whatS6Says(body: string): string {
  if (!body.trim()) return "还没有内容，";
  return isPlaceholder(body) ? `只写了“${body.trim()}”，` : "";
}

const FEE_WORDS = /处理费|收费|收取|缴费|费用/;

export function feeNotReportedCheck(report: Report): Finding[] {
  const body = report.s6?.body ?? "";
  if (FEE_WORDS.test(body)) return [];
  return [
    {
      id: "fee-not-reported",
      ...(body.trim() ? { severity: "warning" as const } : TODO),
      message:
        `“${S6_TITLE}”${whatS6Says(body)}没有说明信息处理费情况。` +
        "按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），请写明本年度发出收费通知的件数和总金额、实际收取的总金额；" +
        "没有收取的，写明“本年度未收取信息处理费”。",
      cells: ["s6.body"],
      section: "s6",
      fingerprint: fingerprintOf("fee-not-reported", ["s6.body"]),
    },
  ];
}
