/** Unit names as a 区 office writes them in a roster and as reports spell them in their titles. */
import { guessOrganType } from "../formats/metaText";
import type { OrganType } from "../template";

/** Full-width to half-width, no spaces or punctuation: `西工区 红山街道办事处（）` and `西工区红山街道办事处` are one name. */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");
}

/** The 机关类型 a name's ending makes plain (`…街道办事处`, `…镇人民政府`, `…局`), or "" when it does not. */
export function organTypeOf(name: string): OrganType | "" {
  return guessOrganType(name);
}
