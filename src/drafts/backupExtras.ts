/**
 * What a backup carries besides the drafts, loaded with the first backup: 定稿 records and 汇总 workspaces. The
 * import of the drafts index keeps the bundler from splitting the first page's drafts code (docs/architecture.md).
 */
import "./index";

import type { BackupCollection, BackupFile } from "./backup";
import { toBase64 } from "./base64";
import { CollectionRepository } from "./collections";
import type { DraftRepository } from "./repository";

export async function collectExtras(repo: DraftRepository): Promise<Pick<BackupFile, "submissions" | "collections">> {
  const submissions = await repo.allSubmissionRecords();
  const collections: BackupCollection[] = [];
  for await (const { record, files } of new CollectionRepository(repo.backend).backupEntries()) {
    collections.push({ record, files: files.map((file) => ({ id: file.id, base64: toBase64(file.bytes) })) });
  }
  return { submissions, collections };
}
