import { carriedOver, type Report } from "../../report";
import { cellByPath } from "../../template";

const rowLabel = (path: string) => cellByPath(path)?.rowLabel ?? path;

/** What a draft made with 下一年度 took from last year, said once when it first opens. */
export function nextYearNotice(last: Report): string {
  const { figures, notCarried } = carriedOver(last);
  const from =
    `${last.meta.organ || "（未填写机关名称）"} ${last.meta.year === null ? "" : `${last.meta.year}年`}`.trim();
  const year = last.meta.year === null ? "" : `，报告年度为 ${last.meta.year + 1} 年`;
  const forward = rowLabel("t3.carriedForward.natural");
  const over = rowLabel("t3.carriedOver.natural");
  const parts = [`本报告由“${from}”用“下一年度”生成：已带入机关全称、机关类型和一、五的各小标题${year}`];
  if (figures.length) {
    const total = figures.reduce((sum, f) => sum + f.value, 0);
    const list = figures.map((f) => `${f.column} ${f.value}`).join("、");
    parts.push(`上年表三“${forward}”已填入本年“${over}”：${list}（共 ${total} 件）`);
  } else {
    parts.push(`上年表三“${forward}”没有填写，本年“${over}”留空，请按实际填写`);
  }
  if (notCarried.length) {
    parts.push(`上年“${notCarried.join("、")}”一栏填的不是数字，没有带入，请核对后填写`);
  }
  return `${parts.join("；")}。其余数字和正文都是空白，请按本年度情况填写；上年的报告仍在草稿列表中。`;
}
