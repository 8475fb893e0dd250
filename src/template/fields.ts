/** Human names of every field of a report, for messages, comments and change lists. */
import { cellByPath } from "./cells";
import { SECTIONS, subItemOrdinal } from "./sections";

export const META_FIELD_LABELS: Readonly<Record<string, string>> = {
  "meta.organ": "机关全称",
  "meta.year": "报告年度",
  "meta.organType": "机关类型",
  "meta.publishDate": "公开日期",
  "meta.preamble": "开头段落",
  "meta.signOff": "落款",
};

/** E.g. `表三 （一）予以公开 自然人`, `一、总体情况 （二）正文`, `机关全称`. */
export function fieldLabel(path: string): string {
  const meta = META_FIELD_LABELS[path];
  if (meta) return meta;
  const cell = cellByPath(path);
  if (cell) {
    const section = SECTIONS.find((s) => s.table === cell.table);
    return `表${section?.title.slice(0, 1) ?? ""} ${cell.name}`;
  }
  const [sectionKey, item, part] = path.split(".");
  const section = SECTIONS.find((s) => s.key === sectionKey);
  if (!section) return path;
  const index = section.subItems.findIndex((s) => s.key === item);
  if (index < 0) return section.title;
  return `${section.title} ${subItemOrdinal(index)}${part === "heading" ? "小标题" : "正文"}`;
}
