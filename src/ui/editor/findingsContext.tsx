import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { type CheckContext, type Finding, runChecks, type Severity, unknownCells } from "../../checks";
import type { Report } from "../../report";
import { Store, useStore } from "./store";

/** What a cell shows about the rules it fails: the worst severity and the messages. */
export interface CellNote {
  severity: Severity;
  text: string;
}

interface FindingsState {
  findings: readonly Finding[];
  /** Error and warning findings by the cells they concern (info findings do not mark cells). */
  notes: ReadonlyMap<string, CellNote>;
  /** Cells whose value is unknown (not read by an import): exports print them blank, not 0. */
  unknown: ReadonlySet<string>;
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
const sameCells = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((p) => b.has(p));

const FindingsContext = createContext(new Store<FindingsState>({ findings: [], notes: new Map(), unknown: new Set() }));

/**
 * Runs the checks on every change of the report, outside React's render, and shares the result through a
 * store: a component re-renders only when the part it reads changes.
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
    });
  });
  useEffect(() => {
    const update = (values: Report) => {
      const findings = runChecks(values, context);
      const unknown = unknownCells(values, context);
      store.update((s) =>
        sameFindings(s.findings, findings) && sameCells(s.unknown, unknown)
          ? s
          : {
              findings,
              notes: notesOf(findings, s.notes),
              unknown: sameCells(s.unknown, unknown) ? s.unknown : unknown,
            },
      );
    };
    update(form.getValues());
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => update(values as Report) });
  }, [form, context, store]);
  return <FindingsContext.Provider value={store}>{children}</FindingsContext.Provider>;
}

export function useFindings(): readonly Finding[] {
  return useStore(useContext(FindingsContext), (s) => s.findings);
}

export function useUnknownCells(): ReadonlySet<string> {
  return useStore(useContext(FindingsContext), (s) => s.unknown);
}

export function useCellUnknown(path: string): boolean {
  return useStore(useContext(FindingsContext), (s) => s.unknown.has(path));
}

export function useCellNote(path: string): CellNote | undefined {
  return useStore(useContext(FindingsContext), (s) => s.notes.get(path));
}
