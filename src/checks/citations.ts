/**
 * Text carried over from another year or from the old format:
 * - year-mismatch: the report year written in the body name, the preamble (statistics period, `YYYY年度`) or at the
 *   start of a 一 sub-item differs from `meta.year`;
 * - notice-citation: the format is cited as 国办公开办函〔2019〕60号 (the superseded trial format) or by that format's
 *   title (《…年度报告格式（试行）》), under another number than 国办公开办函〔2021〕30号, or with the right number
 *   under another prefix (国办发〔2021〕30号, 国办政务公开办函〔2021〕30号).
 */
import type { Report } from "../report";
import { TEMPLATE_NOTICE } from "../template";
import { fingerprintOf } from "./fingerprint";
import { metaProse, type ProseField, sectionProse, sentences } from "./proseFields";
import type { Finding } from "./types";

const Y = String.raw`((?:19|20)\d{2})\s*年`;
/** Where a year states the report year, per kind of field. */
const PERIOD = [new RegExp(`${Y}\\s*1\\s*月\\s*1\\s*日`, "g"), new RegExp(`${Y}\\s*12\\s*月\\s*31\\s*日`, "g")];
const PREAMBLE = [...PERIOD, new RegExp(`${Y}度`, "g"), new RegExp(`${Y}政府信息公开工作`, "g")];
const OPENING = [new RegExp(`^\\s*${Y}`, "g")];
const ANY_YEAR = [new RegExp(Y, "g")];

function yearsIn(text: string, patterns: readonly RegExp[]): number[] {
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => Number(m[1])));
}

export function yearMismatchCheck(report: Report): Finding[] {
  const year = report.meta.year;
  if (!year) return [];
  const fields: [ProseField, readonly RegExp[]][] = [
    [{ path: "meta.organ", label: "机关全称（标题）", section: "meta", text: report.meta.organ }, ANY_YEAR],
    [metaProse(report)[0], PREAMBLE],
    ...sectionProse(report, ["s1"]).map((f): [ProseField, readonly RegExp[]] => [f, [...OPENING, ...PERIOD]]),
  ];
  return fields.flatMap(([field, patterns]): Finding[] => {
    const wrong = [...new Set(yearsIn(field.text, patterns).filter((y) => y !== year))].sort();
    if (wrong.length === 0) return [];
    const written = wrong.map((y) => `${y}年`).join("、");
    return [
      {
        id: "year-mismatch",
        severity: "warning",
        message:
          `“${field.label}”写的是${written}，但报告年度是${year}年。` +
          "可能是沿用了其他年度的报告；请把年份改为报告年度，或核对报告年度是否填错。",
        cells: [field.path, "meta.year"],
        section: field.section,
        expected: year,
        actual: wrong[0],
        fingerprint: fingerprintOf("year-mismatch", [field.path, wrong, year]),
      },
    ];
  });
}

const CITATION = /(国办[\u4e00-\u9fa5]{0,6}?)\s*[〔［[(（【]\s*((?:19|20)\d{2})\s*[〕］\])）】]\s*(\d+)\s*号/g;
const OLD_FORMAT = "国办公开办函〔2019〕60号";
/** The 2021 notice's year and number: cited under another office's prefix, it is a misquote of the format. */
const [, FORMAT_YEAR, FORMAT_NUMBER] = TEMPLATE_NOTICE.match(/〔(\d{4})〕(\d+)号/) ?? [];
/** The 2019 trial format cited by its title: 《…年度报告格式（试行）》. */
const OLD_TITLE = /《[^《》]*年度报告格式\s*[（(]\s*试行\s*[)）][^《》]*》/g;
const OLD_TRIAL = `${OLD_FORMAT}是2019年试行的年度报告格式，已被${TEMPLATE_NOTICE}取代`;

/** How a citation is wrong, or null when it is the 2021 format or not about the format at all. */
function citationProblem(prefix: string, year: string, number: string, sentence: string): string | null {
  const cited = `${prefix}〔${year}〕${number}号`;
  if (cited === TEMPLATE_NOTICE) return null;
  if (cited === OLD_FORMAT) return OLD_TRIAL;
  if (/格式/.test(sentence) || (year === FORMAT_YEAR && number === FORMAT_NUMBER)) {
    return `年度报告格式的文号是${TEMPLATE_NOTICE}，不是${cited}`;
  }
  return null;
}

/** Each wrong citation in a sentence: what is written, why it is wrong, and the facts that identify it. */
function wrongCitations(sentence: string): { written: string; problem: string; facts: string[] }[] {
  const byNumber = [...sentence.matchAll(CITATION)].flatMap((m) => {
    const [written, prefix, year, number] = m;
    const problem = citationProblem(prefix, year, number, sentence);
    return problem ? [{ written, problem, facts: [prefix, year, number] }] : [];
  });
  const cites2019 = byNumber.some((c) => c.problem === OLD_TRIAL);
  const byTitle = cites2019
    ? []
    : [...sentence.matchAll(OLD_TITLE)].map((m) => ({ written: m[0], problem: OLD_TRIAL, facts: ["title"] }));
  return [...byNumber, ...byTitle];
}

export function noticeCitationCheck(report: Report): Finding[] {
  const fields = [...metaProse(report), ...sectionProse(report)];
  return fields.flatMap((field) =>
    sentences(field.text).flatMap((sentence): Finding[] =>
      wrongCitations(sentence.text).map(({ written, problem, facts }) => ({
        id: "notice-citation",
        severity: "warning",
        message: `“${field.label}”引用了“${written}”。${problem}；请改为“${TEMPLATE_NOTICE}”。`,
        cells: [field.path],
        section: field.section,
        fingerprint: fingerprintOf("notice-citation", [field.path, ...facts]),
      })),
    ),
  );
}
