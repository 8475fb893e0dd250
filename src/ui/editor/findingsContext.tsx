import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import {
  type CheckContext,
  type Finding,
  runChecks,
  type SectionProgress,
  type Severity,
  sectionProgress,
  unknownCells,
} from "../../checks";
import type { Report } from "../../report";
import { whenIdle } from "./idle";
import { Store, useStore } from "./store";
import { flushTyping } from "./typing";

/** What a cell shows about the rules it fails: the worst severity and the messages. */
export interface CellNote {
  severity: Severity;
  text: string;
}

export interface FindingsState {
  findings: readonly Finding[];
  /** Error and warning findings by the cells they concern (to-dos and info do not mark cells: nothing is wrong). */
  notes: ReadonlyMap<string, CellNote>;
  /** Cells whose value is unknown (not read by an import): exports print them blank, not 0. */
  unknown: ReadonlySet<string>;
  /** Each section's 未开始 / 填写中 / 已完成 / 有问题, with what is filled in. */
  progress: readonly SectionProgress[];
}

function notesOf(findings: readonly Finding[], previous: ReadonlyMap<string, CellNote>): Map<string, CellNote> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    for (const cell of f.cells) byCell.set(cell, [...(byCell.get(cell) ?? []), f]);
  }
  const notes = new Map<string, CellNote>();
  for (const [cell, mine] of byCell) {
    const note = {
      severity: mine.some((f) => f.severity === "error") ? ("error" as const) : ("warning" as const),
      text: mine.map((f) => f.message).join("\n"),
    };
    const old = previous.get(cell);
    // Keep the old object when nothing changed, so the cell does not re-render.
    notes.set(cell, old && old.severity === note.severity && old.text === note.text ? old : note);
  }
  return notes;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) => JSON.stringify(a) === JSON.stringify(b);
const sameProgress = (a: readonly SectionProgress[], b: readonly SectionProgress[]) =>
  a.every((p, i) => p.status === b[i]?.status && p.filled === b[i]?.filled);
const sameCells = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((p) => b.has(p));

/** While the clerk types on, the checks run at most this often (the totals beside the cells update at once). */
export const CHECKS_INTERVAL_MS = 250;
/** How long after that they may wait for idle time, at most. */
export const CHECKS_MAX_DELAY_MS = 150;

interface Findings {
  store: Store<FindingsState>;
  /** Runs checks still waiting for idle time now, so what is read next is up to date (before an export). */
  flush: () => void;
}

const FindingsContext = createContext<Findings>({
  store: new Store<FindingsState>({ findings: [], notes: new Map(), unknown: new Set(), progress: [] }),
  flush: () => {},
});

/**
 * Runs the checks after changes of the report, outside React's render and off the keystroke's path (in idle
 * time, at most every CHECKS_INTERVAL_MS while typing goes on; the keys typed meanwhile cost one run), and shares
 * the result through a store: a component re-renders only when the part it reads changes.
 */
export function FindingsProvider({ children, context }: { children: ReactNode; context?: CheckContext }) {
  const form = useFormContext<Report>();
  const [store] = useState(() => {
    const values = form.getValues();
    const findings = runChecks(values, context);
    return new Store<FindingsState>({
      findings,
      notes: notesOf(findings, new Map()),
      unknown: unknownCells(values, context),
      progress: sectionProgress(values, findings),
    });
  });
  const pending = useRef<(() => void) | null>(null);
  const [value] = useState<Findings>(() => ({ store, flush: () => pending.current?.() }));
  useEffect(() => {
    const update = (values: Report) => {
      const findings = runChecks(values, context);
      const unknown = unknownCells(values, context);
      const progress = sectionProgress(values, findings);
      store.update((s) =>
        sameFindings(s.findings, findings) && sameCells(s.unknown, unknown) && sameProgress(s.progress, progress)
          ? s
          : {
              findings: sameFindings(s.findings, findings) ? s.findings : findings,
              notes: notesOf(findings, s.notes),
              unknown: sameCells(s.unknown, unknown) ? s.unknown : unknown,
              progress: sameProgress(s.progress, progress) ? s.progress : progress,
            },
      );
    };
    let cancel: (() => void) | null = null;
    let lastRun = 0;
    const run = () => {
      cancel?.();
      cancel = null;
      pending.current = null;
      lastRun = performance.now();
      update(form.getValues());
    };
    run();
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (cancel) return;
        const after = lastRun + CHECKS_INTERVAL_MS - performance.now();
        cancel = whenIdle(run, { after, timeout: CHECKS_MAX_DELAY_MS });
        pending.current = run;
      },
    });
    return () => {
      unsubscribe();
      cancel?.();
      pending.current = null;
    };
  }, [form, context, store]);
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>;
}

/** The findings as of now: runs waiting checks first. For actions that decide on them (export, share). */
export function useCurrentFindings(): () => FindingsState {
  const { store, flush } = useContext(FindingsContext);
  return () => {
    flushTyping();
    flush();
    return store.get();
  };
}

export function useFindings(): readonly Finding[] {
  return useStore(useContext(FindingsContext).store, (s) => s.findings);
}

export function useProgress(): readonly SectionProgress[] {
  return useStore(useContext(FindingsContext).store, (s) => s.progress);
}

export function useUnknownCells(): ReadonlySet<string> {
  return useStore(useContext(FindingsContext).store, (s) => s.unknown);
}

export function useCellUnknown(path: string): boolean {
  return useStore(useContext(FindingsContext).store, (s) => s.unknown.has(path));
}

export function useCellNote(path: string): CellNote | undefined {
  return useStore(useContext(FindingsContext).store, (s) => s.notes.get(path));
}
