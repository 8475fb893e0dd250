/**
 * The report as a person entered it: metadata, the prose of 一/五/六 and the cells of tables 二/三/四.
 * Derived totals are not part of it (see totals.ts). Key paths follow the template: `t3.received.natural`.
 */
import "./zodJitless";
import * as z from "zod/mini";
import { type CellDef, type CellKind, INPUT_CELLS, ORGAN_TYPES, SECTIONS, type SectionKey } from "../template";
import { cellProblem } from "./parseCell";
import { FIRST_YEAR, LAST_YEAR } from "./parseYear";

/**
 * A table cell as files hold it: a number the cell accepts, or `null` when left blank (counts as 0). The rules
 * are typing's (parseCell.ts): counts are non-negative safe integers, 万元 amounts non-negative with at most 4
 * decimals. Stated as built-in checks so the JSON Schema carries them; the refinement settles the float edges
 * (`5e-324`) the same way typing does.
 */
function cellSchema(kind: CellKind) {
  const rule =
    kind === "count"
      ? [z.int(), z.nonnegative()]
      : [z.nonnegative(), z.multipleOf(0.0001), z.lte(Number.MAX_SAFE_INTEGER)];
  return z.nullable(
    z.number().check(
      ...rule,
      z.refine((value) => cellProblem(value, kind) === null),
    ),
  );
}

export const CELL_SCHEMAS = { count: cellSchema("count"), amount: cellSchema("amount") } as const;

const subItemSchema = z.strictObject({
  /** Heading text without its ordinal. */
  heading: z.string(),
  body: z.string(),
});

function proseSectionSchema(key: SectionKey) {
  const section = SECTIONS.find((s) => s.key === key);
  return z.strictObject(Object.fromEntries((section?.subItems ?? []).map((item) => [item.key, subItemSchema])));
}

/**
 * A cell of a draft, or of a draft shared for review: also text the clerk typed that is not a number, and a
 * number the cell does not accept (an import read `-3`), kept so the `value` check can point at them.
 */
const draftCellSchema = z.union([z.number(), z.string(), z.null()]);

/** Nests `t3.denied.stateSecret.natural`-style paths into strict objects of cells. */
function tableSchema(table: "t2" | "t3" | "t4", draft: boolean) {
  type Tree = { [key: string]: Tree | CellDef };
  const tree: Tree = {};
  for (const cell of INPUT_CELLS.filter((c) => c.table === table)) {
    const parts = cell.path.split(".").slice(1);
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Tree;
    }
    node[parts[parts.length - 1]] = cell;
  }
  const leaf = (cell: CellDef) =>
    draft
      ? draftCellSchema
      : CELL_SCHEMAS[cell.kind].check(z.describe(`${cell.name}（${cell.kind === "amount" ? "万元" : "件"}）`));
  const build = (node: Tree): z.ZodMiniType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(node).map(([k, v]) => [
          k,
          "path" in v && typeof v.path === "string" ? leaf(v as CellDef) : build(v as Tree),
        ]),
      ),
    );
  return build(tree) as z.ZodMiniType<TableCells>;
}

/**
 * A table's cells, nested by key path. In a draft a cell may also hold text that is not a valid number,
 * exactly as the clerk typed it (see `cellEntry`): the `value` check lists it, sums and exports leave it out.
 */
export interface TableCells {
  [key: string]: number | null | string | TableCells;
}

/** `year`: a file's 报告年度 is a year as parseYear reads it; a draft's may be any whole number an import read. */
function metaSchemaOf(draft: boolean) {
  return z.strictObject({
    /** 机关全称 */
    organ: z.string(),
    /** 报告年度 */
    year: z.nullable(
      draft ? z.number().check(z.int()) : z.number().check(z.int(), z.gte(FIRST_YEAR), z.lte(LAST_YEAR)),
    ),
    organType: z.union([z.enum(ORGAN_TYPES), z.literal("")]),
    /** Optional opening paragraph (legal basis, statistics period). */
    preamble: z.string(),
    /** Optional 落款: body name and date as printed at the end. */
    signOff: z.string(),
    /** 公开日期, `YYYY-MM-DD`, or empty. */
    publishDate: z.union([z.iso.date(), z.literal("")]),
  });
}

function reportSchemaOf(draft: boolean) {
  return z.strictObject({
    meta: metaSchemaOf(draft),
    s1: proseSectionSchema("s1"),
    t2: tableSchema("t2", draft),
    t3: tableSchema("t3", draft),
    t4: tableSchema("t4", draft),
    s5: proseSectionSchema("s5"),
    s6: z.strictObject({ body: z.string() }),
  });
}

export const metaSchema = metaSchemaOf(false);

/** The report as files hold it (导出 JSON, public/report.schema.json): every value one the field accepts. */
export const reportSchema = reportSchemaOf(false);

/**
 * The report as a draft holds it (stored drafts, a draft shared for review): what the clerk typed is kept,
 * whether or not the field accepts it, so it is never lost and the checks can point at it.
 */
export const draftReportSchema = reportSchemaOf(true);

export type Meta = z.infer<typeof metaSchema>;
export interface SubItem {
  heading: string;
  body: string;
}

export interface Report {
  meta: Meta;
  s1: Record<string, SubItem>;
  t2: TableCells;
  t3: TableCells;
  t4: TableCells;
  s5: Record<string, SubItem>;
  s6: { body: string };
}
