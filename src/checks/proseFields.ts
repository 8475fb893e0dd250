/** The report's free-text fields, with their key paths and the names a clerk knows them by. */
import type { Report } from "../report";
import { SECTIONS, type SectionKey, subItemOrdinal } from "../template";
import type { FindingPlace } from "./types";

export interface ProseField {
  /** Key path, e.g. `s1.onRequest.body`. */
  path: string;
  /** How the message names it, e.g. `一、总体情况（二）依申请公开`. */
  label: string;
  section: FindingPlace;
  text: string;
}

/** The bodies of 一, 五 and 六, in document order. */
export function sectionProse(report: Report, keys: readonly SectionKey[] = ["s1", "s5", "s6"]): ProseField[] {
  return SECTIONS.filter((s) => keys.includes(s.key) && s.kind === "prose").flatMap((s): ProseField[] => {
    if (s.key === "s6") return [{ path: "s6.body", label: s.title, section: s.key, text: report.s6?.body ?? "" }];
    const items = (s.key === "s1" ? report.s1 : report.s5) ?? {};
    return s.subItems.map((item, i) => ({
      path: `${s.key}.${item.key}.body`,
      label: `${s.title}${subItemOrdinal(i)}${item.defaultHeading}`,
      section: s.key,
      text: items[item.key]?.body ?? "",
    }));
  });
}

/** The preamble and sign-off, entered under 基本信息; findings about them are filed there. */
export function metaProse(report: Report): ProseField[] {
  return [
    { path: "meta.preamble", label: "开头段落", section: "meta", text: report.meta.preamble ?? "" },
    { path: "meta.signOff", label: "落款", section: "meta", text: report.meta.signOff ?? "" },
  ];
}

/** Sentences of a text with their start offsets: split after 。！？； and line breaks. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？；!?;\n]+[。！？；!?;]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index });
  }
  return out;
}
