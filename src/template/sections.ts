/**
 * The six sections of the 2021 report and the prose sub-items they hold.
 * Headings of sub-items are stored without their ordinal; the ordinal (（一）, （二）…) is generated.
 */

export const SECTION_KEYS = ["s1", "s2", "s3", "s4", "s5", "s6"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SubItemDef {
  /** Key inside its section, e.g. `proactive` for `s1.proactive`. */
  key: string;
  /** Default heading text without the ordinal. */
  defaultHeading: string;
}

export interface SectionDef {
  key: SectionKey;
  title: string;
  kind: "prose" | "table";
  /** Prose sub-items, each with an editable heading and a body. */
  subItems: readonly SubItemDef[];
  /** The table a table section shows. */
  table?: "t2" | "t3" | "t4";
}

export const SECTIONS: readonly SectionDef[] = [
  {
    key: "s1",
    title: "一、总体情况",
    kind: "prose",
    subItems: [
      { key: "proactive", defaultHeading: "主动公开" },
      { key: "onRequest", defaultHeading: "依申请公开" },
      { key: "management", defaultHeading: "政府信息管理" },
      { key: "platform", defaultHeading: "政府信息公开平台建设" },
      { key: "oversight", defaultHeading: "监督保障" },
    ],
  },
  { key: "s2", title: "二、主动公开政府信息情况", kind: "table", subItems: [], table: "t2" },
  { key: "s3", title: "三、收到和处理政府信息公开申请情况", kind: "table", subItems: [], table: "t3" },
  { key: "s4", title: "四、政府信息公开行政复议、行政诉讼情况", kind: "table", subItems: [], table: "t4" },
  {
    key: "s5",
    title: "五、存在的主要问题及改进情况",
    kind: "prose",
    subItems: [
      { key: "problems", defaultHeading: "存在的主要问题" },
      { key: "improvements", defaultHeading: "改进情况" },
    ],
  },
  { key: "s6", title: "六、其他需要报告的事项", kind: "prose", subItems: [] },
];

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** `（一）`, `（二）`… for the n-th (0-based) sub-item. */
export function subItemOrdinal(index: number): string {
  return `（${ORDINALS[index]}）`;
}

export function sectionDef(key: SectionKey): SectionDef {
  const def = SECTIONS.find((s) => s.key === key);
  if (!def) throw new Error(`unknown section ${key}`);
  return def;
}

/** Body types of `meta.organType`, in the template's order. */
export const ORGAN_TYPES = ["县级以上人民政府", "县级以上人民政府部门", "乡镇人民政府", "街道办事处", "其他"] as const;
export type OrganType = (typeof ORGAN_TYPES)[number];

/** The document title: `<机关全称><年度>年政府信息公开工作年度报告`. */
export function reportTitle(organ: string, year: number | null): string {
  return `${organ}${year ?? ""}年政府信息公开工作年度报告`;
}

export const TEMPLATE_NOTICE = "国办公开办函〔2021〕30号";
