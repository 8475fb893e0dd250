/**
 * What a collection's files say, recomputed from the stored bytes whenever it is opened or changed: each file read
 * with the app's one import (importBytes), matched to a roster unit, sorted into this year's and last year's report;
 * a file that cannot be read, names no unit, or is of another year is listed with the reason, never dropped.
 */
import { type CheckContext, type CheckedFinding, kindOf, runChecks } from "../checks";
import { balanceCheck } from "../checks/balance";
import { type ImportResult, importBytes } from "../formats";
import { blankReport, type Report } from "../report";
import { T3_COLUMNS } from "../template";
import type { Collection, CollectionFile, ReceivedFile } from "./collection";
import { unitMatcher } from "./match";
import type { RosterUnit } from "./roster";
import type { PreReadResult, Submitted } from "./submitted";

export interface ReadReport {
  file: CollectionFile;
  report: Report;
  context: CheckContext;
  /** How it came to its unit: by the name in it or its file name, or chosen by hand. */
  by: "name" | "hand";
  /** Set when the file is a 定稿 file: when it was finalised and whether its hash and signature hold. */
  submitted: Submitted | null;
  /** The clerk's draft, when the file names it (our JSON and 定稿 files from #19 on): where 退回 goes. */
  draftId: string | null;
}

export interface SetAside {
  file: CollectionFile;
  /** Why it is not counted, in Chinese, with what to do. */
  reason: string;
  /** Read, but its unit is not known: it can be assigned by hand. */
  report: Report | null;
}

export type Balance = { kind: "balanced" } | { kind: "off"; text: string } | { kind: "unchecked" };

export interface UnitEntry {
  unit: RosterUnit;
  current: ReadReport | null;
  lastYear: ReadReport | null;
  findings: CheckedFinding[];
  errors: number;
  warnings: number;
  balance: Balance;
}

export interface Evaluation {
  entries: UnitEntry[];
  /** Files read but not counted (no unit, another year, replaced by a later file) or not readable. */
  setAside: SetAside[];
}

function balanceOf(report: Report, context: CheckContext): Balance {
  const findings = balanceCheck(report, context);
  const off = findings.filter((f) => f.id === "balance");
  if (off.length > 0) {
    const text = off
      .map((f) => {
        const column = T3_COLUMNS.find((c) => f.cells[0]?.endsWith(`.${c.key}`));
        return `${column?.label ?? ""}列相差${Math.abs((f.expected ?? 0) - (f.actual ?? 0))}`;
      })
      .join("；");
    return { kind: "off", text };
  }
  return findings.length > 0 ? { kind: "unchecked" } : { kind: "balanced" };
}

const later = (a: ReadReport, b: ReadReport) => (a.file.receivedAt >= b.file.receivedAt ? a : b);

/**
 * Files whose reading is asynchronous (an .xlsx or Word file read with a lazily loaded reader, a 定稿 file whose
 * signature is checked): their results, by file id.
 */
export type PreRead = ReadonlyMap<string, PreReadResult>;

/** How a file is read: the import, or what it read of the same bytes before (`FileMemo`). */
export type FileReader = (file: ReceivedFile) => ImportResult;

const importAgain: FileReader = (file) => importBytes(file.bytes);

interface Checked {
  findings: CheckedFinding[];
  errors: number;
  warnings: number;
  balance: Balance;
}

/**
 * A unit's checks, by its report and last year's (objects a `FileReader` gives again for the same bytes), so a
 * change to one unit checks one unit.
 */
const NO_LAST_YEAR = blankReport();
const checkedBefore = new WeakMap<Report, WeakMap<Report, Checked>>();

function checked(now: ReadReport, before: ReadReport | null): Checked {
  const byLastYear = checkedBefore.get(now.report) ?? new WeakMap();
  checkedBefore.set(now.report, byLastYear);
  const key = before?.report ?? NO_LAST_YEAR;
  const known = byLastYear.get(key);
  if (known) return known;
  const context = { ...now.context, lastYear: before?.report };
  const findings = runChecks(now.report, context);
  const result = {
    findings,
    errors: findings.filter((f) => kindOf(f) === "error").length,
    warnings: findings.filter((f) => kindOf(f) === "warning").length,
    balance: balanceOf(now.report, context),
  };
  byLastYear.set(key, result);
  return result;
}

export function evaluate(
  collection: Pick<Collection, "year" | "roster">,
  files: readonly ReceivedFile[],
  preRead: PreRead = new Map(),
  readFile: FileReader = importAgain,
): Evaluation {
  const { roster, year } = collection;
  const setAside: SetAside[] = [];
  const current = new Map<string, ReadReport>();
  const lastYear = new Map<string, ReadReport>();
  const keep = (into: Map<string, ReadReport>, unit: string, read: ReadReport) => {
    const known = into.get(unit);
    const winner = known ? later(known, read) : read;
    const loser = known && (winner === known ? read : known);
    into.set(unit, winner);
    if (loser) setAside.push({ file: loser.file, reason: `已有${unit}更晚收到的文件，本文件不计入。`, report: null });
  };
  const matchUnit = unitMatcher(roster);
  const names = new Set(roster.map((u) => u.name));
  for (const received of files) {
    const { bytes, ...file } = received;
    const result: PreReadResult = preRead.get(file.id) ?? readFile({ ...file, bytes });
    if (!result.ok) {
      setAside.push({ file, reason: `无法读取：${result.message}`, report: null });
      continue;
    }
    const handUnit = file.assignedUnit && names.has(file.assignedUnit) ? file.assignedUnit : null;
    const unit = handUnit ?? matchUnit(result.report.meta.organ, file.fileName);
    if (!unit) {
      const named = result.report.meta.organ.trim() || "（未写机关名称）";
      setAside.push({
        file,
        reason: `报告中的机关“${named}”与名单中的单位对不上，请在右侧选择它属于哪个单位。`,
        report: result.report,
      });
      continue;
    }
    const read: ReadReport = {
      file,
      report: result.report,
      context: result.context,
      by: handUnit ? "hand" : "name",
      submitted: result.submitted ?? null,
      draftId: result.draftId ?? null,
    };
    const fileYear = result.report.meta.year;
    if (year === null || fileYear === null || fileYear === year) keep(current, unit, read);
    else if (fileYear === year - 1) keep(lastYear, unit, read);
    else
      setAside.push({
        file,
        reason: `这是${fileYear}年度的报告，本汇总收集${year}年度（及${year - 1}年度作上年对照），不计入。`,
        report: null,
      });
  }
  const entries = roster.map((unit): UnitEntry => {
    const now = current.get(unit.name) ?? null;
    const before = lastYear.get(unit.name) ?? null;
    if (!now)
      return {
        unit,
        current: null,
        lastYear: before,
        findings: [],
        errors: 0,
        warnings: 0,
        balance: { kind: "unchecked" },
      };
    return { unit, current: now, lastYear: before, ...checked(now, before) };
  });
  return { entries, setAside };
}
