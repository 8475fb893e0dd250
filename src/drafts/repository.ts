/**
 * The drafts: create, open, save (revision-checked), duplicate, trash, quarantine. The only code that
 * writes the store. Keys:
 *   d/<id>   the draft: envelope as JSON text (envelope.ts)
 *   i/<id>   its summary for the list (summary.ts), written in the same transaction
 *   q/<id>   a record that could not be read, set aside with the reason, raw text kept
 *   pre/<id> the pre-migration text of a draft, kept when its migrated form is first saved
 *   review/<id> the review thread's entries and share snapshots of a draft (reviewRecord.ts), outside its envelope
 *   sub/<id> the 定稿 versions of a draft (submissionRecord.ts), outside its envelope
 *   me/identity this browser's signing key pair (the private key not extractable)
 */
import type { CheckContext } from "../checks";
import type { Report } from "../report";
import type { Submission } from "../review/submission";
import type { Backend } from "./backend";
import {
  type Baseline,
  type DraftEnvelope,
  type DraftOrigin,
  importNotesFrom,
  newEnvelope,
  originOf,
  type ReviewOf,
  readStored,
  serializeEnvelope,
} from "./envelope";
import {
  draftKey,
  IDENTITY_KEY,
  idOf,
  PREFIX,
  preMigrationKey,
  quarantineKey,
  reviewKey,
  submissionKey,
  summaryKey,
} from "./keys";
import { CURRENT_VERSION } from "./migrations";
import {
  applyReviewUpdate,
  isIntactReviewRecord,
  isVersion1,
  type ReviewRecord,
  type ReviewRecords,
  type ReviewUpdate,
  readReviewRecord,
} from "./reviewRecord";
import { quarantinedSchema } from "./storedRecords";
import type { MergedSubmissions, ReadSubmissions, SubmissionRecord } from "./submissionRecord";
import { type DraftSummary, findLastYear, isExpired, isSummary, SUMMARY_VERSION, summarize } from "./summary";

export type AddSubmission = { ok: true; submissions: Submission[] } | { ok: false; message: string };

export interface QuarantinedRecord {
  id: string;
  reason: string;
  /** Exactly what was stored, as text. */
  raw: string;
  quarantinedAt: string;
}

export type OpenedDraft =
  | { kind: "ok"; envelope: DraftEnvelope; migratedFrom: number | null }
  | { kind: "newer"; version: number; id: string; revision: number; report: Report | null }
  | { kind: "quarantined"; reason: string }
  | { kind: "missing" };

export type SaveResult =
  | { ok: true; revision: number; savedAt: string }
  /** Someone else wrote first (another tab, a restore): nothing was written. */
  | { ok: false; reason: "conflict"; storedRevision: number }
  | { ok: false; reason: "newer" | "missing" };

export interface DraftListing {
  drafts: DraftSummary[];
  quarantined: QuarantinedRecord[];
}

/** Drafts whose summary is missing or stale. */
function staleIds(draftKeys: readonly string[], summaries: ReadonlyMap<string, DraftSummary>): string[] {
  return draftKeys.map((key) => idOf("draft", key)).filter((id) => !summaries.has(id));
}

function rawText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A quarantine entry as the list shows it; one that is itself malformed is shown with its raw text, never thrown. */
function readQuarantined(key: string, value: unknown): QuarantinedRecord {
  const parsed = quarantinedSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = idOf("quarantine", key);
  return { id, reason: "隔离记录本身格式有误，原始内容如下", raw: rawText(value), quarantinedAt: "" };
}

export function newerSummary(id: string, version: number, revision: number, report: Report | null): DraftSummary {
  return {
    summaryVersion: SUMMARY_VERSION,
    id,
    name: null,
    organ: report?.meta.organ ?? "（新版本数据）",
    year: report?.meta.year ?? null,
    revision,
    createdAt: "",
    savedAt: "",
    deletedAt: null,
    findings: { error: 0, warning: 0, todo: 0, info: 0 },
    newerVersion: version,
    reviewCopy: false,
  };
}

function isKeyPair(value: unknown): value is CryptoKeyPair {
  const pair = value as Partial<CryptoKeyPair> | null;
  return pair?.privateKey instanceof CryptoKey && pair.publicKey instanceof CryptoKey;
}

export class DraftRepository {
  constructor(
    readonly backend: Backend,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  private stamp(): string {
    return this.now().toISOString();
  }

  /**
   * The list. A read, and only a read: summaries as stored; one that is missing or stale is built from its draft in
   * memory (`housekeep` stores it); trash past its time is left out; a draft record that cannot be read is listed
   * with the quarantined ones.
   */
  async list(): Promise<DraftListing> {
    const [summaryValues, draftKeys, quarantine] = await Promise.all([
      this.backend.values(PREFIX.summary),
      this.backend.keys(PREFIX.draft),
      this.backend.entries(PREFIX.quarantine),
    ]);
    const summaries = new Map<string, DraftSummary>();
    for (const value of summaryValues) if (isSummary(value)) summaries.set(value.id, value);
    const unreadable: QuarantinedRecord[] = [];
    for (const id of staleIds(draftKeys, summaries)) {
      const raw = await this.backend.get(draftKey(id));
      const stored = readStored(raw);
      if (stored.kind === "ok") summaries.set(id, summarize(stored.envelope));
      else if (stored.kind === "newer")
        summaries.set(id, newerSummary(id, stored.version, stored.revision, stored.report));
      else if (raw !== undefined) unreadable.push({ id, reason: stored.reason, raw: rawText(raw), quarantinedAt: "" });
    }
    const present = new Set(draftKeys.map((key) => idOf("draft", key)));
    const now = this.now();
    const drafts = [...summaries.values()].filter((s) => present.has(s.id) && !isExpired(s, now));
    return { drafts, quarantined: [...quarantine.map(([key, value]) => readQuarantined(key, value)), ...unreadable] };
  }

  /**
   * Housekeeping, the one place besides the person's own actions that writes on its own: stores the summaries
   * `list` had to build, moves draft records that cannot be read to quarantine, and empties trash past its time.
   * Run when the draft list opens.
   */
  async housekeep(): Promise<void> {
    const [summaryValues, draftKeys] = await Promise.all([
      this.backend.values(PREFIX.summary),
      this.backend.keys(PREFIX.draft),
    ]);
    const summaries = new Map<string, DraftSummary>();
    for (const value of summaryValues) if (isSummary(value)) summaries.set(value.id, value);
    for (const id of staleIds(draftKeys, summaries)) {
      const rebuilt = await this.rebuildSummary(id);
      if (rebuilt) summaries.set(id, rebuilt);
    }
    const now = this.now();
    for (const summary of summaries.values()) if (isExpired(summary, now)) await this.purge(summary.id);
  }

  private async rebuildSummary(id: string): Promise<DraftSummary | null> {
    const opened = await this.open(id);
    if (opened.kind === "newer") return newerSummary(id, opened.version, opened.revision, opened.report);
    if (opened.kind !== "ok") return null;
    const summary = summarize(opened.envelope);
    await this.backend.transact([], () => ({ put: [[summaryKey(id), summary]], result: null }));
    return summary;
  }

  /** Whether anything at all is stored (first use of the app in this browser). */
  async isEmpty(): Promise<boolean> {
    const [drafts, quarantined] = await Promise.all([
      this.backend.keys(PREFIX.draft),
      this.backend.keys(PREFIX.quarantine),
    ]);
    return drafts.length === 0 && quarantined.length === 0;
  }

  /** Reads a draft. A record that cannot be read is moved to quarantine, never returned as an empty draft. */
  async open(id: string): Promise<OpenedDraft> {
    const raw = await this.backend.get(draftKey(id));
    if (raw === undefined) return { kind: "missing" };
    const stored = readStored(raw);
    if (stored.kind === "ok" || stored.kind === "newer") return stored;
    await this.quarantine(id, raw, stored.reason);
    return { kind: "quarantined", reason: stored.reason };
  }

  private quarantine(id: string, raw: unknown, reason: string): Promise<void> {
    const record: QuarantinedRecord = { id, reason, raw: rawText(raw), quarantinedAt: this.stamp() };
    return this.backend.transact([draftKey(id)], ([current]) =>
      // Only move what we judged; if another tab rewrote the record meanwhile, leave it.
      current === raw
        ? { put: [[quarantineKey(id), record]], del: [draftKey(id), summaryKey(id)], result: undefined }
        : { result: undefined },
    );
  }

  /** A new draft from any report: 新建, an import, a shared link, a copy. Never touches another draft. */
  async createDraftFrom(report: Report, options: DraftOrigin & { context?: CheckContext } = {}) {
    const { context, ...origin } = options;
    const importNotes = origin.importNotes ?? importNotesFrom(context);
    const envelope = newEnvelope({ id: this.newId(), report, now: this.stamp(), ...origin, importNotes });
    await this.backend.transact([draftKey(envelope.id)], ([existing]) => {
      if (existing !== undefined) throw new Error("草稿编号重复");
      return {
        put: [
          [draftKey(envelope.id), serializeEnvelope(envelope)],
          [summaryKey(envelope.id), summarize(envelope, context)],
        ],
        result: undefined,
      };
    });
    return envelope;
  }

  /**
   * Writes `report` as the next revision if the stored revision is still `expectedRevision`.
   * Resolves after the transaction committed.
   */
  save(id: string, report: Report, expectedRevision: number, context?: CheckContext): Promise<SaveResult> {
    const savedAt = this.stamp();
    return this.backend.transact([draftKey(id)], ([raw]): { put?: [string, unknown][]; result: SaveResult } => {
      if (raw === undefined) return { result: { ok: false, reason: "missing" } };
      const stored = readStored(raw);
      if (stored.kind === "newer") return { result: { ok: false, reason: "newer" } };
      if (stored.kind === "corrupt") return { result: { ok: false, reason: "conflict", storedRevision: -1 } };
      const current = stored.envelope;
      if (current.revision !== expectedRevision) {
        return { result: { ok: false, reason: "conflict", storedRevision: current.revision } };
      }
      const next: DraftEnvelope = { ...current, revision: current.revision + 1, savedAt, report };
      const put: [string, unknown][] = [
        [draftKey(id), serializeEnvelope(next)],
        [summaryKey(id), summarize(next, context)],
      ];
      if (stored.migratedFrom !== null) put.push([preMigrationKey(id), raw]);
      return { put, result: { ok: true, revision: next.revision, savedAt } };
    });
  }

  /** Changes the envelope outside the editor (trash, restore), as a revision like any other write. */
  private updateEnvelope(id: string, change: (envelope: DraftEnvelope) => DraftEnvelope): Promise<boolean> {
    return this.backend.transact([draftKey(id)], ([raw]) => {
      const stored = readStored(raw);
      if (stored.kind !== "ok") return { result: false };
      const next = { ...change(stored.envelope), revision: stored.envelope.revision + 1 };
      return {
        put: [
          [draftKey(id), serializeEnvelope(next)],
          [summaryKey(id), summarize(next)],
        ],
        result: true,
      };
    });
  }

  trash(id: string): Promise<boolean> {
    const deletedAt = this.stamp();
    return this.updateEnvelope(id, (envelope) => ({ ...envelope, deletedAt }));
  }

  restoreFromTrash(id: string): Promise<boolean> {
    return this.updateEnvelope(id, (envelope) => ({ ...envelope, deletedAt: null }));
  }

  /** Removes a draft for good (emptying the trash). */
  purge(id: string): Promise<void> {
    return this.backend.transact([], () => ({
      del: [
        draftKey(id),
        summaryKey(id),
        preMigrationKey(id),
        reviewKey(id),
        preMigrationKey(`review-${id}`),
        submissionKey(id),
      ],
      result: undefined,
    }));
  }

  /** A copy of a draft under its own name (the list names it “…（副本）”), so the two never look alike. */
  async duplicate(id: string, name: string): Promise<DraftEnvelope | null> {
    const opened = await this.open(id);
    if (opened.kind !== "ok") return null;
    return this.createDraftFrom(opened.envelope.report, { ...originOf(opened.envelope), name });
  }

  /** Names a draft; an empty name gives it back its default one (body and year). */
  rename(id: string, name: string): Promise<boolean> {
    const trimmed = name.trim();
    return this.updateEnvelope(id, (envelope) => ({ ...envelope, name: trimmed || null }));
  }

  /**
   * Last year's report for the cross-year checks: last year's draft of the same body when there is one,
   * else the snapshot this draft kept when it was made with 下一年度.
   */
  async lastYearFor(report: Report, baseline: Baseline | null): Promise<Report | undefined> {
    const { drafts } = await this.list();
    const found = findLastYear(drafts, report.meta.organ, report.meta.year, baseline?.sourceId);
    const opened = found ? await this.open(found.id) : null;
    if (opened?.kind === "ok") return opened.envelope.report;
    const year = report.meta.year;
    return year !== null && baseline?.report.meta.year === year - 1 ? baseline.report : undefined;
  }

  /** The review data of a draft (empty when it has none). */
  async review(id: string): Promise<ReviewRecord> {
    return readReviewRecord(await this.backend.get(reviewKey(id)));
  }

  /**
   * Merges into the review data of a draft in one transaction; never touches the draft's envelope or revision.
   * A stored record that is not well formed is set aside in quarantine, raw, before it is rewritten.
   */
  updateReview(id: string, update: ReviewUpdate): Promise<ReviewRecord> {
    const aside = quarantineKey(`review-${id}`);
    return this.backend.transact([reviewKey(id)], ([raw]) => {
      const next = applyReviewUpdate(readReviewRecord(raw), update);
      const put: [string, unknown][] = [[reviewKey(id), next]];
      if (isVersion1(raw)) put.push([preMigrationKey(`review-${id}`), raw]);
      else if (!isIntactReviewRecord(raw)) {
        const reason = "审阅记录（批注、处理意见）格式有误，已读出能读的部分；原始内容保留在此";
        put.push([aside, { id: `review-${id}`, reason, raw: rawText(raw), quarantinedAt: this.stamp() }]);
      }
      return { put, result: next };
    });
  }

  /**
   * A reviewer's copy of someone's shared draft, one per shared draft in this browser (`copyId` is derived from
   * the shared draft's id): made on the first share, its report and `reviewOf` replaced by each later one (an
   * older share opened afterwards changes nothing and resolves to the copy as it is).
   * Resolves to null when `copyId` holds a draft that is not a review copy (never overwritten).
   */
  putReviewCopy(copyId: string, report: Report, reviewOf: ReviewOf): Promise<DraftEnvelope | null> {
    const now = this.stamp();
    return this.backend.transact([draftKey(copyId)], ([raw]) => {
      let next: DraftEnvelope;
      if (raw === undefined) next = newEnvelope({ id: copyId, report, now, reviewOf });
      else {
        const stored = readStored(raw);
        if (stored.kind !== "ok" || stored.envelope.reviewOf === null) return { result: null };
        const { envelope } = stored;
        // An older share opened after a newer one leaves the newer report in place.
        if (envelope.reviewOf && envelope.reviewOf.sharedAt >= reviewOf.sharedAt) return { result: envelope };
        next = { ...envelope, revision: envelope.revision + 1, savedAt: now, deletedAt: null, reviewOf, report };
      }
      return {
        put: [
          [draftKey(copyId), serializeEnvelope(next)],
          [summaryKey(copyId), summarize(next)],
        ],
        result: next,
      };
    });
  }

  /** The 定稿 versions of a draft, oldest first (none when it was never finalised). Reads never write. */
  // The 定稿 code (schemas, signatures) loads with the first 定稿 question, not with the first page.
  async submissions(id: string): Promise<ReadSubmissions> {
    const { readSubmissions } = await import("./submissionRecord");
    return readSubmissions(await this.backend.get(submissionKey(id)));
  }

  /**
   * Appends a signed 定稿 in one transaction, when it is the next version (another tab may have finalised
   * meanwhile: then nothing is written and the caller is told). A stored record that is not well formed is set
   * aside raw in quarantine before it is rewritten; one from a newer version is never rewritten.
   */
  async addSubmission(id: string, submission: Submission): Promise<AddSubmission> {
    const { nextVersion, readSubmissions, submissionRecordOf } = await import("./submissionRecord");
    return this.backend.transact([submissionKey(id)], ([raw]): { put?: [string, unknown][]; result: AddSubmission } => {
      const stored = readSubmissions(raw);
      if (stored.kind === "newer") {
        return {
          result: {
            ok: false,
            message: "这份草稿的定稿记录由更新版本的年报编制保存，本版本不能再定稿。请用最新版本打开后再定稿。",
          },
        };
      }
      if (nextVersion(stored.submissions) !== submission.version) {
        return {
          result: {
            ok: false,
            message: "这份草稿刚刚在别处（另一个标签页）定稿过。请关闭定稿窗口重新打开，核对后再定稿。",
          },
        };
      }
      const submissions = [...stored.submissions, submission];
      const put = this.submissionWrite(id, raw, stored.intact, submissionRecordOf(submissions));
      return { put, result: { ok: true, submissions } };
    });
  }

  /** The record with `submissions`; a damaged one stored before is set aside raw in quarantine first. */
  private submissionWrite(id: string, raw: unknown, intact: boolean, record: SubmissionRecord): [string, unknown][] {
    const put: [string, unknown][] = [[submissionKey(id), record]];
    if (!intact) {
      const reason = "定稿记录格式有误，已读出能读的定稿版本；原始内容保留在此";
      const aside = quarantineKey(`submissions-${id}`);
      put.push([aside, { id: `submissions-${id}`, reason, raw: rawText(raw), quarantinedAt: this.stamp() }]);
    }
    return put;
  }

  /** Adds 定稿 versions from a backup that this record lacks, in one transaction; never rewrites one (mergeSubmissions). */
  async restoreSubmissions(id: string, incoming: readonly Submission[]): Promise<MergedSubmissions> {
    const { mergeSubmissions } = await import("./submissionRecord");
    return this.backend.transact([submissionKey(id)], ([raw]) => {
      const merged = mergeSubmissions(raw, incoming);
      return merged.write
        ? { put: this.submissionWrite(id, raw, merged.intact, merged.write), result: merged }
        : { result: merged };
    });
  }

  /** Every 定稿 record as stored, by draft id, for a backup. */
  async allSubmissionRecords(): Promise<Record<string, unknown>> {
    const entries = await this.backend.entries(PREFIX.submission);
    return Object.fromEntries(entries.map(([key, value]) => [idOf("submission", key), value]));
  }

  /** This browser's signing key pair, made by `make` on first use; two tabs asking at once get the same one. */
  async keyPair(make: () => Promise<CryptoKeyPair>): Promise<CryptoKeyPair> {
    const stored = await this.backend.get(IDENTITY_KEY);
    if (isKeyPair(stored)) return stored;
    const made = await make();
    return this.backend.transact([IDENTITY_KEY], ([existing]) =>
      isKeyPair(existing) ? { result: existing } : { put: [[IDENTITY_KEY, made]], result: made },
    );
  }

  /** Every draft's review record, for a backup. */
  async allReviews(): Promise<ReviewRecords> {
    const entries = await this.backend.entries(PREFIX.review);
    return Object.fromEntries(entries.map(([key, value]) => [idOf("review", key), readReviewRecord(value)]));
  }

  /** Keeps a record that cannot be read (from a backup) in quarantine, raw; one already there is left as it is. */
  setAside(record: Omit<QuarantinedRecord, "quarantinedAt">): Promise<void> {
    const id = record.id || this.newId();
    return this.backend.transact([quarantineKey(id)], ([existing]) =>
      existing === undefined
        ? { put: [[quarantineKey(id), { ...record, id, quarantinedAt: this.stamp() }]], result: undefined }
        : { result: undefined },
    );
  }

  deleteQuarantined(id: string): Promise<void> {
    return this.backend.transact([], () => ({ del: [quarantineKey(id)], result: undefined }));
  }

  /** Every stored draft record, raw, for a backup (newer-version records included, untouched). */
  async allRecords(): Promise<[string, unknown][]> {
    return (await this.backend.entries(PREFIX.draft)).map(([key, value]) => [idOf("draft", key), value]);
  }

  /** Puts a record from a backup under its own id, when that id is free or the caller chose to replace. */
  putRecord(id: string, text: string, expected: "absent" | { revision: number }, summary: DraftSummary) {
    return this.backend.transact([draftKey(id)], ([raw]) => {
      const stored = raw === undefined ? null : readStored(raw);
      const matches =
        expected === "absent"
          ? raw === undefined
          : stored?.kind === "ok" && stored.envelope.revision === expected.revision;
      if (!matches) return { result: false };
      return {
        put: [
          [draftKey(id), text],
          [summaryKey(id), summary],
        ] as [string, unknown][],
        result: true,
      };
    });
  }
}

export { CURRENT_VERSION };
