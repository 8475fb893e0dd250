import { createContext, type ReactNode, useContext, useState } from "react";
import { type UseFormReturn, useFormContext } from "react-hook-form";
import { emptyHistory, type History, type Patch, record, redo, undo } from "../../grid";
import type { Report } from "../../report";
import { writePath } from "./reportPaths";
import { Store, useStore } from "./store";

/** Undo and redo for the whole report; every change a person makes is recorded as one step of patches. */
export class EditorHistory {
  readonly state = new Store<History>(emptyHistory);
  /** What the last undo or redo did, for the live region. */
  readonly announcement = new Store("");

  constructor(private form: UseFormReturn<Report>) {}

  record(patches: readonly Patch[]): void {
    this.state.update((h) => record(h, patches));
  }

  undo(): void {
    this.step(undo(this.state.get()), "撤销");
  }

  redo(): void {
    this.step(redo(this.state.get()), "重做");
  }

  private step(result: { history: History; apply: Patch[] } | null, verb: string) {
    if (!result) {
      this.announcement.set(`没有可${verb}的操作`);
      return;
    }
    this.state.set(result.history);
    for (const p of result.apply) writePath(this.form, p.path, p.after);
    const n = result.apply.length;
    this.announcement.set(n === 1 ? `已${verb}1处修改` : `已${verb}${n}处修改（一次操作）`);
    // Like a spreadsheet, show where the change happened.
    const first = document.querySelector<HTMLElement>(`[name="${CSS.escape(result.apply[0].path)}"]`);
    first?.focus();
  }
}

const HistoryContext = createContext<EditorHistory | null>(null);

export function HistoryProvider({ children }: { children: ReactNode }) {
  const form = useFormContext<Report>();
  const [history] = useState(() => new EditorHistory(form));
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}

export function useHistory(): EditorHistory {
  const history = useContext(HistoryContext);
  if (!history) throw new Error("useHistory outside HistoryProvider");
  return history;
}

/** 撤销 / 重做 buttons for the header, with a live region saying what was undone. */
export function UndoButtons() {
  const history = useHistory();
  const canUndo = useStore(history.state, (h) => h.past.length > 0);
  const canRedo = useStore(history.state, (h) => h.future.length > 0);
  const said = useStore(history.announcement, (a) => a);
  return (
    <span className="undo-buttons">
      <button type="button" onClick={() => history.undo()} disabled={!canUndo} title="Ctrl+Z">
        撤销
      </button>
      <button type="button" onClick={() => history.redo()} disabled={!canRedo} title="Ctrl+Y 或 Ctrl+Shift+Z">
        重做
      </button>
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </span>
  );
}
