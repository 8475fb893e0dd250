/** 从备份恢复: its code (restoreBackup.ts and what it reads) loads with the first restore, not with the first page. */
import type { ConflictChoice, RestorePlan } from "./backup";
import type { DraftRepository } from "./repository";
import type { RestoreOutcome, RestoreStart } from "./restoreBackup";

export type { RestoreOutcome, RestoreStart };

/** Reads and checks the file whole, and plans against this browser: writes nothing. */
export async function startRestore(repo: DraftRepository, text: string): Promise<RestoreStart> {
  return (await import("./restoreBackup")).startRestore(repo, text);
}

export async function applyRestore(
  repo: DraftRepository,
  plan: RestorePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
): Promise<RestoreOutcome> {
  return (await import("./restoreBackup")).applyRestore(repo, plan, choices);
}
