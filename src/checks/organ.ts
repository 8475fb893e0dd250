/** What the checks need to know about the reporting body, read from `meta.organType` and `meta.organ`. */
import type { Report } from "../report";

/** A 人民政府 reports on its whole administrative area (条例第五十条第四项 and the 六 items apply). */
export function isGovernment(report: Report): boolean {
  return report.meta.organType === "县级以上人民政府" || report.meta.organType === "乡镇人民政府";
}

export function isTownship(report: Report): boolean {
  return report.meta.organType === "乡镇人民政府" || report.meta.organType === "街道办事处";
}

/**
 * County level, read from the body's name: a 县, 旗 or 市辖区 (`西工区`), not a 自治区 and not a 地区.
 * A 县级市 (`偃师市人民政府`) cannot be told from a 设区的市 by its name, so it is not recognised.
 */
export function isCountyLevel(report: Report): boolean {
  const name = report.meta.organ.replace(/自治区|地区|社区|园区|新区|开发区|景区|片区/g, "");
  return /[县旗区]/.test(name);
}
