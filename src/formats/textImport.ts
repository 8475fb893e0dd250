/**
 * Import of a report from text: our own Markdown export, or a published report copied from a web page
 * or converted to Markdown (tables as pipe rows or tab-separated rows). Figures are read by row label;
 * a table the document lacks stays blank and is reported as `missing-section`, never filled with zeros.
 */
import type { Finding } from "../checks";
import { blankReport, computeTotals, type Report, type SubItem, setAt } from "../report";
import {
  SECTIONS,
  type SectionDef,
  type SectionKey,
  subItemOrdinal,
  type TableKey,
  TEMPLATE_NOTICE,
} from "../template";
import { rebuildRows } from "./cellLines";
import { labelVariantFinding, missingFinding, statedTotalFinding, TABLE_NAMES } from "./importFindings";
import { splitLines } from "./lines";
import { guessOrganType, isDateLine, publishedOn, readDate, readTitle } from "./metaText";
import { isTableLabel, ROW_TARGETS } from "./rowLabels";
import { type DocumentText, isNameLine, readStructure, type SectionText } from "./structure";
import { readTables, type TablesRead } from "./tables";
import { type ImportResult, refuse } from "./types";

interface Notes {
  read: string[];
  notRead: string[];
  findings: Finding[];
}

function oldFormatRefusal(markers: readonly string[]): ImportResult {
  const message =
    `这份报告使用的是2019年的旧格式（表中有“${markers.slice(0, 3).join("”“")}”等旧格式的项目），` +
    `与现行格式（${TEMPLATE_NOTICE}）的表格不同，无法逐项导入。请新建报告，对照原报告按现行格式填写。`;
  return refuse(message, [{ id: "old-format", severity: "error", message, cells: [], section: "s2" }]);
}

function fillItems(def: SectionDef, text: SectionText | undefined, notes: Notes): Record<string, SubItem> {
  const items: Record<string, SubItem> = Object.fromEntries(
    def.subItems.map((d) => [d.key, { heading: d.defaultHeading, body: "" }]),
  );
  if (!text) return items;
  const used = new Set<number>();
  let lastKey = def.subItems[0].key;
  const extra: string[] = [];
  for (const item of text.items) {
    const free = def.subItems.findIndex((_, i) => !used.has(i));
    const index = item.ordinal !== null && !used.has(item.ordinal - 1) ? item.ordinal - 1 : free;
    const target = def.subItems[index];
    if (!target || index < 0) {
      extra.push(item.heading, ...item.body);
      notes.notRead.push(`“${def.title}”中多出的小项“${item.heading}”已并入最后一个小项，请核对。`);
      continue;
    }
    used.add(index);
    lastKey = target.key;
    items[target.key] = { heading: item.heading, body: item.body.join("\n") };
  }
  items[lastKey].body = [items[lastKey].body, ...extra].filter(Boolean).join("\n");
  const first = items[def.subItems[0].key];
  if (text.body.length > 0) {
    first.body = [...text.body, first.body].filter(Boolean).join("\n");
    notes.notRead.push(
      text.items.length === 0
        ? `“${def.title}”没有分小项，全部内容放在了${subItemOrdinal(0)}中，请按格式拆分到各小项。`
        : `“${def.title}”第一个小标题前的文字放在了${subItemOrdinal(0)}中，请核对。`,
    );
  }
  const missing = def.subItems.flatMap((d, i) => (used.has(i) ? [] : [`${subItemOrdinal(i)}${d.defaultHeading}`]));
  notes.read.push(`${def.title}：读取${used.size}个小项${missing.length ? `（缺少${missing.join("、")}）` : ""}。`);
  return items;
}

/**
 * 六's text, with a trailing 落款 (body name and date) taken off when the document has no `---` rule.
 * Lines after the date (a web page's 【打印】【关闭】) are dropped.
 */
function splitSignOff(doc: DocumentText): { body: string[]; signOff: string[]; after: string[] } {
  const body = doc.sections.s6?.body ?? [];
  const tail = body.slice(-3);
  const dateAt = tail.findLastIndex(isDateLine);
  if (doc.signOff.length > 0 || dateAt < 0) return { body, signOff: doc.signOff, after: [] };
  const date = body.length - tail.length + dateAt;
  const prev = body[date - 1] ?? "";
  const start = date >= 2 && prev.length <= 40 && !/[。；;]/.test(prev) ? date - 1 : date;
  return { body: body.slice(0, start), signOff: body.slice(start, date + 1), after: body.slice(date + 1) };
}

function readMeta(report: Report, doc: DocumentText, signOff: string[], notes: Notes) {
  const titled = doc.title ? readTitle(doc.title) : { organ: "", year: null };
  const year = titled.year;
  const signedBy = signOff.length >= 2 && isNameLine(signOff[0]) ? signOff[0] : "";
  const organ = titled.organ || doc.nameLine || signedBy;
  const organType = guessOrganType(organ);
  const publishDate = readDate(signOff.at(-1) ?? "") ?? publishedOn(doc.before) ?? "";
  report.meta = { organ, year, organType, preamble: doc.preamble.join("\n"), signOff: signOff.join("\n"), publishDate };
  if (doc.title) notes.read.push(`标题：${doc.title}（机关：${organ || "未写明"}，年度：${year ?? "未写明"}）。`);
  else notes.notRead.push("没有找到标题（“……年政府信息公开工作年度报告”），请填写机关全称和报告年度。");
  if (!titled.organ && organ) {
    notes.read.push(`机关名称：标题中没有，按${doc.nameLine ? "标题上方的" : "落款中的"}“${organ}”填写，请核对。`);
  }
  if (doc.before.length > 0) notes.notRead.push(`标题之前的${doc.before.length}行文字（如网页栏目、发布信息）未导入。`);
  if (doc.preamble.length > 0) notes.read.push(`开头段落：${doc.preamble.length}段。`);
  if (signOff.length > 0) notes.read.push(`落款：${signOff.join(" ")}。`);
  if (organType) notes.read.push(`机关类型（推断）：按机关名称“${organ}”的结尾判断为“${organType}”，请核对。`);
  else notes.notRead.push("机关类型无法从文件中判断，请在“基本信息”中选择。");
  if (!publishDate) notes.notRead.push("文件中没有公开日期，请在“基本信息”中填写。");
}

function readSections(report: Report, doc: DocumentText, s6Body: string[], notes: Notes) {
  for (const def of SECTIONS) {
    const text = doc.sections[def.key];
    if (!text) notes.notRead.push(`没有找到“${def.title}”部分。`);
    if (def.key === "s1") report.s1 = fillItems(def, text, notes);
    if (def.key === "s5") report.s5 = fillItems(def, text, notes);
    const prose = def.table && text ? text.body.filter((line) => !isTableLabel(line)) : [];
    if (prose.length > 0) notes.notRead.push(`“${def.title}”中表格以外的${prose.length}行文字未导入。`);
  }
  report.s6 = { body: s6Body.join("\n") };
  if (doc.sections.s6) notes.read.push(`${sectionTitle("s6")}：${s6Body.length}段。`);
}

function sectionTitle(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)?.title ?? key;
}

/** Tables present, their cells, rows the document cut off, and totals it states that do not add up. */
function readFigures(report: Report, tables: TablesRead, notes: Notes): TableKey[] {
  const present = (table: TableKey) => [...tables.rows].some((r) => r.split(".")[0] === table);
  const absent = (["t2", "t3", "t4"] as const).filter((t) => !present(t));
  for (const table of absent) notes.notRead.push(`文件中没有“${TABLE_NAMES[table]}”表，表中数字未填写（不是0）。`);
  for (const table of (["t2", "t3"] as const).filter(present)) {
    const targets = ROW_TARGETS.filter((t) => t.table === table && !t.derived);
    const missing = targets.filter((t) => !tables.rows.has(`${table}.${t.key}`));
    notes.read.push(`${TABLE_NAMES[table]}表：读取${targets.length - missing.length}行（共${targets.length}行）。`);
    if (missing.length > 0) missingRows(table, missing, notes);
  }
  if (present("t4")) notes.read.push(`${TABLE_NAMES.t4}表：读取。`);
  for (const table of ["t2", "t3", "t4"] as const) {
    const short = tables.shortCells.filter((path) => path.startsWith(`${table}.`));
    if (short.length === 0) continue;
    notes.findings.push(missingFinding(table, short, `有${short.length}个单元格缺少数字`));
    notes.notRead.push(`${TABLE_NAMES[table]}表有${short.length}个单元格在文件中缺少数字，未填写（不是0）。`);
  }
  notes.notRead.push(...tables.skipped);
  for (const loose of tables.loose) {
    notes.notRead.push(`“${loose.written}”与格式的“${loose.label}”不一致，已按“${loose.label}”读取，请核对。`);
    notes.findings.push(labelVariantFinding(loose));
  }
  statedTotals(report, tables, notes);
  return absent;
}

function missingRows(table: TableKey, missing: typeof ROW_TARGETS, notes: Notes) {
  const labels = missing.map((t) => `“${t.label}”`);
  const shown = labels.length > 5 ? `${labels.slice(0, 5).join("、")}等${labels.length}行` : labels.join("、");
  notes.notRead.push(`${TABLE_NAMES[table]}表缺少${shown}，这些行未填写（不是0）。`);
  notes.findings.push(
    missingFinding(
      table,
      missing.flatMap((t) => t.paths),
      `缺少${shown}`,
    ),
  );
}

function statedTotals(report: Report, tables: TablesRead, notes: Notes) {
  const totals = computeTotals(report);
  const wrong = tables.stated.filter((s) => totals[s.path] !== s.value);
  for (const s of wrong) notes.findings.push(statedTotalFinding(s.path, s.value, totals[s.path]));
  if (tables.stated.length > 0) {
    notes.read.push(
      wrong.length === 0
        ? `文件中写明的${tables.stated.length}个合计与按各项数字计算的结果一致。`
        : `文件中写明的合计有${wrong.length}个与计算结果不一致，见检查结果。`,
    );
  }
}

export function importText(text: string): ImportResult {
  const lines = rebuildRows(splitLines(text));
  const tables = readTables(lines);
  if (tables.oldFormat.length > 0) return oldFormatRefusal(tables.oldFormat);
  const doc = readStructure(lines);
  const sectionsFound = Object.keys(doc.sections).length;
  if (!doc.title && sectionsFound === 0 && tables.rows.size === 0) {
    return refuse(
      "没有在文件中找到政府信息公开工作年度报告的内容（标题、“一、总体情况”等六个部分或统计表）。" +
        "请确认选择的是年度报告文件，或把网页上的报告全文复制后粘贴进来。",
    );
  }
  const notes: Notes = { read: [], notRead: [], findings: [] };
  let report = blankReport();
  for (const [path, value] of tables.cells) report = setAt(report, path, value);
  const s6 = splitSignOff(doc);
  if (s6.after.length > 0) notes.notRead.push(`落款之后的${s6.after.length}行文字（如网页的打印、关闭按钮）未导入。`);
  readMeta(report, doc, s6.signOff, notes);
  readSections(report, doc, s6.body, notes);
  const absentTables = readFigures(report, tables, notes);
  return {
    ok: true,
    report,
    context: { absentTables, importFindings: notes.findings },
    read: notes.read,
    notRead: notes.notRead,
  };
}
