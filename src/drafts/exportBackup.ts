/** The backup file of every draft, including the open draft's newest edits even when they could not be stored. */
import type { Report } from "../report";
import { type BackupFile, buildBackup } from "./backup";
import { type DraftEnvelope, serializeEnvelope } from "./envelope";
import type { DraftRepository, QuarantinedRecord } from "./repository";

/** The open draft as the page holds it now. */
export interface LiveDraft {
  envelope: DraftEnvelope;
  report: Report;
}

export async function collectBackup(repo: DraftRepository, live: LiveDraft | null, now: Date): Promise<BackupFile> {
  // Reading can fail too (the failure may be why we are here): then the backup holds what the page has.
  const records = await repo.allRecords().catch((): [string, unknown][] => []);
  const quarantined = await repo
    .list()
    .then((listing) => listing.quarantined)
    .catch((): QuarantinedRecord[] => []);
  const reviews = await repo.allReviews().catch(() => ({}));
  if (live) {
    const envelope: DraftEnvelope = {
      ...live.envelope,
      report: live.report,
      revision: live.envelope.revision + 1,
      savedAt: now.toISOString(),
    };
    const others = records.filter(([id]) => id !== envelope.id);
    return buildBackup(
      [...others, [envelope.id, serializeEnvelope(envelope)]],
      quarantined,
      now.toISOString(),
      reviews,
    );
  }
  return buildBackup(records, quarantined, now.toISOString(), reviews);
}
