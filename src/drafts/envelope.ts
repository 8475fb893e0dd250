/**
 * The stored form of a draft: a JSON text holding a self-describing envelope
 * `{ type: "nianbao-draft", version, id, revision, … , report }`. Stored as text so that exactly what was
 * written can be exported raw when it cannot be read, and so that a bad record is detectable.
 *
 * DO NOT CHANGE THE SHAPE WITHOUT A NEW VERSION AND A MIGRATION (migrations.ts).
 */
import * as z from "zod/mini";
import { type CheckContext, type Finding, findingSchema } from "../checks";
import type { Report } from "../report";
import type { TableKey } from "../template";
import { CURRENT_VERSION, migrate, type StoredObject } from "./migrations";
import { checkReportShape } from "./reportShape";

export const DRAFT_TYPE = "nianbao-draft";

/** Last year's report as it stood when this draft was made with 下一年度, for cross-year checks. */
export interface Baseline {
  sourceId: string;
  report: Report;
}

/**
 * What an import found in its source document and could not turn into cells: tables it lacked and findings
 * only the import could make (stated totals that do not add up, truncated tables). Kept so the checks keep
 * showing them after a reload, until the clerk has dealt with them.
 */
export interface ImportNotes {
  absentTables: TableKey[];
  findings: Finding[];
}

export function importNotesFrom(context: CheckContext | undefined): ImportNotes | null {
  const absentTables = [...(context?.absentTables ?? [])];
  const findings = [...(context?.importFindings ?? [])];
  return absentTables.length > 0 || findings.length > 0 ? { absentTables, findings } : null;
}

/** What the checks need from the envelope itself (last year's report is looked up separately). */
export function envelopeCheckContext(envelope: DraftEnvelope): CheckContext {
  return {
    absentTables: envelope.importNotes?.absentTables,
    importFindings: envelope.importNotes?.findings,
  };
}

/** On a reviewer's copy of a shared draft: whose draft, and which shared snapshot, it is. */
export interface ReviewOf {
  draftId: string;
  revision: number;
  snapshotHash: string;
  sharedAt: string;
}

export interface DraftEnvelope {
  type: typeof DRAFT_TYPE;
  version: typeof CURRENT_VERSION;
  id: string;
  /** Goes up by one on every write; a write that expects another revision is refused. */
  revision: number;
  createdAt: string;
  savedAt: string;
  /** When it was moved to the trash, or null. */
  deletedAt: string | null;
  baseline: Baseline | null;
  importNotes: ImportNotes | null;
  reviewOf: ReviewOf | null;
  /** The clerk's own name for the draft, or null: it is then named by its body and year. */
  name: string | null;
  report: Report;
}

const envelopeSchema = z.strictObject({
  type: z.literal(DRAFT_TYPE),
  version: z.literal(CURRENT_VERSION),
  id: z.string().check(z.minLength(1)),
  revision: z.number().check(z.int(), z.nonnegative()),
  createdAt: z.string(),
  savedAt: z.string(),
  deletedAt: z.nullable(z.string()),
  baseline: z.nullable(z.strictObject({ sourceId: z.string(), report: z.unknown() })),
  importNotes: z.nullable(
    z.strictObject({ absentTables: z.array(z.enum(["t2", "t3", "t4"])), findings: z.array(findingSchema) }),
  ),
  reviewOf: z.nullable(
    z.strictObject({
      draftId: z.string(),
      revision: z.number().check(z.int(), z.nonnegative()),
      snapshotHash: z.string(),
      sharedAt: z.string(),
    }),
  ),
  name: z.nullable(z.string()),
  report: z.unknown(),
});

/** What a stored record turned out to be. */
export type StoredDraft =
  | { kind: "ok"; envelope: DraftEnvelope; migratedFrom: number | null }
  /** Written by a newer app: shown read-only, never rewritten. `report` is set when this version can still show it. */
  | { kind: "newer"; version: number; id: string; revision: number; report: Report | null }
  | { kind: "corrupt"; reason: string };

function isObject(value: unknown): value is StoredObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a stored value (normally JSON text) into an envelope, migrating older versions. Never throws. */
export function readStored(raw: unknown): StoredDraft {
  if (typeof raw !== "string") return { kind: "corrupt", reason: "记录不是文本" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: "corrupt", reason: "记录不是有效的 JSON（可能写入时被中断）" };
  }
  return readObject(parsed);
}

/** Same as readStored for an already parsed object (a backup file holds envelopes as objects). */
export function readObject(parsed: unknown): StoredDraft {
  if (!isObject(parsed) || parsed.type !== DRAFT_TYPE) return { kind: "corrupt", reason: "不是年报草稿记录" };
  const version = parsed.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { kind: "corrupt", reason: "格式版本号缺失或无效" };
  }
  if (version > CURRENT_VERSION) {
    const shape = checkReportShape(parsed.report);
    return {
      kind: "newer",
      version,
      id: String(parsed.id ?? ""),
      revision: Number(parsed.revision) || 0,
      report: shape.ok ? shape.report : null,
    };
  }
  let current: StoredObject;
  try {
    current = migrate(parsed, version);
  } catch (error) {
    return { kind: "corrupt", reason: `从格式版本 ${version} 升级失败：${(error as Error).message}` };
  }
  const envelope = envelopeSchema.safeParse(current);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return { kind: "corrupt", reason: `草稿记录不符合格式（${issue.path.join(".")}：${issue.message}）` };
  }
  const report = checkReportShape(envelope.data.report);
  if (!report.ok) return { kind: "corrupt", reason: report.reason };
  const baseline = envelope.data.baseline && checkReportShape(envelope.data.baseline.report);
  if (baseline && !baseline.ok) return { kind: "corrupt", reason: `上年基准数据：${baseline.reason}` };
  return {
    kind: "ok",
    envelope: envelope.data as DraftEnvelope,
    migratedFrom: version < CURRENT_VERSION ? version : null,
  };
}

export function serializeEnvelope(envelope: DraftEnvelope): string {
  return JSON.stringify(envelope);
}

/** What a new draft carries besides its report. */
export interface DraftOrigin {
  baseline?: Baseline | null;
  importNotes?: ImportNotes | null;
  reviewOf?: ReviewOf | null;
  name?: string | null;
}

export interface NewEnvelope extends DraftOrigin {
  id: string;
  report: Report;
  now: string;
}

/** The parts of an envelope a copy of it (duplicate, restore) keeps. */
export function originOf(envelope: DraftEnvelope): DraftOrigin {
  return {
    baseline: envelope.baseline,
    importNotes: envelope.importNotes,
    reviewOf: envelope.reviewOf,
    name: envelope.name,
  };
}

export function newEnvelope({
  id,
  report,
  now,
  baseline = null,
  importNotes = null,
  reviewOf = null,
  name = null,
}: NewEnvelope): DraftEnvelope {
  return {
    type: DRAFT_TYPE,
    version: CURRENT_VERSION,
    id,
    revision: 1,
    createdAt: now,
    savedAt: now,
    deletedAt: null,
    baseline,
    importNotes,
    reviewOf,
    name,
    report,
  };
}
