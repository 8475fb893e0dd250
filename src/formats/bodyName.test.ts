/**
 * The body's name and type on import (issue #17): the name comes from the title, the name line above it or the
 * sign-off, never from a sentence that mentions the report; the type is inferred from the name's ending and the
 * summary says it was inferred, so rules that depend on it (规章 in a town, A9) work on imported reports.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { importDocument } from ".";
import { guessOrganType } from "./metaText";

const WEB = readFileSync(new URL("./__fixtures__/web-paste-2022.txt", import.meta.url), "utf8");

function imported(text: string) {
  const result = importDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the body's name", () => {
  it("is not taken from a sentence that mentions the report, but from the name line above the title", () => {
    const text = WEB.replace(
      "某某镇人民政府2022年政府信息公开工作年度报告",
      "根据《中华人民共和国政府信息公开条例》规定，现公布区政府国资局2022年政府信息公开工作年度报告。\n" +
        "某某区人民政府国有资产监督管理局\n2022年政府信息公开工作年度报告",
    );
    const result = imported(text);
    expect(result.report.meta.organ).toBe("某某区人民政府国有资产监督管理局");
    expect(result.report.meta.year).toBe(2022);
    expect(result.report.meta.organType).toBe("县级以上人民政府部门");
    expect(result.report.meta.preamble).toMatch(/^本报告根据/);
    expect(result.read.join("\n")).toContain("按标题上方的“某某区人民政府国有资产监督管理局”填写");
    expect(result.notRead.join("\n")).toContain("标题之前的4行文字");
  });

  it("comes from the sign-off when the title has none", () => {
    const result = imported(
      WEB.replace("某某镇人民政府2022年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告"),
    );
    expect(result.report.meta.organ).toBe("某某镇人民政府");
    expect(result.read.join("\n")).toContain("按落款中的“某某镇人民政府”填写");
  });

  it("keeps the title's own name, and a line above it is not taken for one", () => {
    const result = imported(WEB.replace("字号：大 中 小\n", "字号：大 中 小\n政务公开\n"));
    expect(result.report.meta.organ).toBe("某某镇人民政府");
    expect(result.notRead.join("\n")).toContain("标题之前的4行文字");
  });
});

describe("the body type, inferred from the name's ending", () => {
  it.each([
    ["某某镇", "乡镇人民政府"],
    ["某某乡", "乡镇人民政府"],
    ["某某乡人民政府", "乡镇人民政府"],
    ["红山街道", "街道办事处"],
    ["红山街道办事处", "街道办事处"],
    ["某某区教育局", "县级以上人民政府部门"],
    ["某某市发展和改革委", "县级以上人民政府部门"],
    ["某某市卫生健康委员会", "县级以上人民政府部门"],
    ["某某区人民政府办", "县级以上人民政府部门"],
    ["某某区人民政府", "县级以上人民政府"],
    ["某某中心", ""],
  ])("%s → %s", (name, type) => {
    expect(guessOrganType(name)).toBe(type);
  });

  it("is shown as inferred, and 规章 in a town (A9) fires for `某某镇`", () => {
    const text = WEB.replace(/某某镇人民政府/g, "某某镇").replace("规章\t0\t0\t0", "规章\t1\t0\t1");
    const result = imported(text);
    expect(result.report.meta.organType).toBe("乡镇人民政府");
    expect(result.read.join("\n")).toContain("机关类型（推断）：按机关名称“某某镇”的结尾判断为“乡镇人民政府”");
    expect(runChecks(result.report, result.context).map((f) => f.id)).toContain("regulations-body");
  });
});
