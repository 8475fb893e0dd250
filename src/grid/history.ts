/**
 * Undo and redo for the whole report as before/after patches. A command is what one user action changed
 * (a cell edit, a paste, filling blanks with 0) and is undone as one step.
 */

export interface Patch {
  path: string;
  before: unknown;
  after: unknown;
}

export interface History {
  past: readonly (readonly Patch[])[];
  future: readonly (readonly Patch[])[];
}

export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [] };

/** Adds a command; a command that changes nothing is not a step. Recording clears what could be redone. */
export function record(history: History, patches: readonly Patch[]): History {
  const real = patches.filter((p) => !Object.is(p.before, p.after));
  if (real.length === 0) return history;
  return { past: [...history.past, real].slice(-HISTORY_LIMIT), future: [] };
}

/** The patches that take the report back one step (apply them in order), or null when there is nothing to undo. */
export function undo(history: History): { history: History; apply: Patch[] } | null {
  const last = history.past.at(-1);
  if (!last) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [last, ...history.future] },
    apply: [...last].reverse().map((p) => ({ path: p.path, before: p.after, after: p.before })),
  };
}

export function redo(history: History): { history: History; apply: Patch[] } | null {
  const next = history.future[0];
  if (!next) return null;
  return { history: { past: [...history.past, next], future: history.future.slice(1) }, apply: [...next] };
}
