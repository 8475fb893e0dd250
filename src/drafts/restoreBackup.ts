/**
 * Applying a backup to this browser: adds what is new, asks about what differs, overwrites nothing unasked. Loaded
 * with the first restore (restore.ts); the import of the drafts index keeps the bundler from splitting the drafts
 * code the first page loads into more chunks (docs/architecture.md).
 */
import "./index";
import type { BackupFile, ConflictChoice, RestorePlan } from "./backup";
import { originOf, serializeEnvelope } from "./envelope";
import { damaged, parseBackup, planRestore } from "./readBackup";
import { type DraftRepository, newerSummary } from "./repository";
import { checkExtras, describeRestore, type ExtrasOutcome, restoreExtras } from "./restoreExtras";
import { readReviewRecord } from "./reviewRecord";
import { summarize } from "./summary";

export type RestoreStart = { ok: true; plan: RestorePlan } | { ok: false; message: string };

export async function startRestore(repo: DraftRepository, text: string): Promise<RestoreStart> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const part = checkExtras(parsed.backup);
  if (part) return damaged(part);
  return { ok: true, plan: await planAgainst(repo, parsed.backup) };
}

async function planAgainst(repo: DraftRepository, backup: BackupFile): Promise<RestorePlan> {
  const [listing, records] = await Promise.all([repo.list(), repo.allRecords()]);
  const texts = new Map(records);
  const local = new Map(listing.drafts.map((summary) => [summary.id, { summary, text: texts.get(summary.id) }]));
  return planRestore(backup, local);
}

export interface RestoreOutcome {
  added: number;
  replaced: number;
  keptBoth: number;
  keptLocal: number;
  unreadable: number;
  /** The 汇总 and 定稿 records (restoreExtras.ts). */
  extras: ExtrasOutcome;
  /** What came back and what was skipped and why, in Chinese. */
  message: string;
}

export async function applyRestore(
  repo: DraftRepository,
  plan: RestorePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
): Promise<RestoreOutcome> {
  const outcome = { added: 0, replaced: 0, keptBoth: 0, keptLocal: plan.keptNewerLocal, unreadable: 0 };
  for (const { id, text, stored } of plan.add) {
    const summary =
      stored.kind === "ok"
        ? summarize(stored.envelope)
        : newerSummary(id, stored.version, stored.revision, stored.report);
    if (await repo.putRecord(id, text, "absent", summary)) outcome.added++;
  }
  for (const { local, incoming } of plan.conflicts) {
    const choice = choices.get(incoming.id) ?? "keep-local";
    if (choice === "keep-local") outcome.keptLocal++;
    if (choice === "keep-both") {
      await repo.createDraftFrom(incoming.report, originOf(incoming));
      outcome.keptBoth++;
    }
    if (choice === "use-backup") {
      // The replaced local version goes to the trash as a copy, so even this choice loses nothing.
      const mine = await repo.open(local.id);
      if (mine.kind === "ok") {
        const copy = await repo.createDraftFrom(mine.envelope.report, originOf(mine.envelope));
        await repo.trash(copy.id);
      }
      const next = { ...incoming, revision: Math.max(incoming.revision, local.revision + 1) };
      if (await repo.putRecord(local.id, serializeEnvelope(next), { revision: local.revision }, summarize(next))) {
        outcome.replaced++;
      }
    }
  }
  for (const [id, review] of Object.entries(plan.reviews ?? {})) {
    // Older backups carry version-1 records: read (migrated) like a stored one, then merged as sets.
    const { entries, shares, reviewed, owner } = readReviewRecord(review);
    await repo.updateReview(id, { entries, shares, reviewed, owner: owner ?? undefined });
  }
  for (const record of plan.unreadable) {
    await repo.setAside(record);
    outcome.unreadable++;
  }
  const done = { ...outcome, extras: await restoreExtras(repo, plan) };
  return { ...done, message: describeRestore(done) };
}
