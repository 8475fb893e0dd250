/** The draft's review thread as the 审阅意见 panel shows it, for 导出 Word（含审阅批注） (loaded on first use). */
import type { DraftRepository, ReviewOf } from "../../drafts";
import { type ThreadComment, threadView } from "../../review/thread";
import { identityFor } from "./useIdentity";

export async function exportComments(
  repo: DraftRepository,
  draftId: string,
  reviewOf: ReviewOf | null,
): Promise<ThreadComment[]> {
  const record = await repo.review(draftId);
  // The owner's resolutions count as in the panel: on the clerk's draft her key (none if storage refused it).
  const owner = reviewOf
    ? record.owner
    : await identityFor(repo).then(
        (i) => i.key,
        () => null,
      );
  return threadView(record.entries, owner);
}
