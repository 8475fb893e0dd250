/**
 * The open draft's life in this tab, as a plain object (no React): load, one-writer lock, autosave with its journal,
 * flush, take-over, and following the writer's saves while read-only. The editor reads it through
 * `useSyncExternalStore` (subscribe / getSnapshot); tests drive it in Node on fake-indexeddb.
 */
import type { Report } from "../report";
import { Autosaver, type SaveState } from "./autosave";
import { openDraftChannel } from "./channel";
import type { DraftEnvelope } from "./envelope";
import { clearJournal, readJournal, recoverJournal, writeJournal, writeJournalText } from "./journal";
import type { DraftRepository, OpenedDraft } from "./repository";
import { acquireDraftLock, type DraftLock } from "./tabLock";

/** How long 接管编辑 waits for the other tab to save what it has before taking the lock anyway. */
export const TAKEOVER_WAIT_MS = 1500;

export type Ownership =
  /** This tab writes. */
  | "self"
  /** Another tab writes; this one shows the draft read-only. */
  | "other"
  /** Another tab took the draft over from this one. */
  | "lost";

export interface SessionSnapshot {
  opened: OpenedDraft | null;
  /** Bumped whenever the editor must restart from a newly read report. */
  generation: number;
  ownership: Ownership;
  state: SaveState;
  /** Edits of this tab that could not go to the draft any more, saved as a new draft (its id). */
  rescuedAs: string | null;
  /** Unsaved edits found from the last time this draft's page closed: resumed here, or saved as a separate draft. */
  recovered: "resumed" | "separate" | null;
  lastYear: Report | undefined;
}

export interface SessionOptions {
  /** Called once after the first write that reached storage (the app asks for persistent storage then). */
  onFirstSave?: () => void;
}

export class DraftSession {
  private snapshot: SessionSnapshot = {
    opened: null,
    generation: 0,
    ownership: "other",
    state: { kind: "saved", savedAt: null },
    rescuedAs: null,
    recovered: null,
    lastYear: undefined,
  };
  private readonly listeners = new Set<() => void>();
  private saver: Autosaver | null = null;
  private lock: DraftLock | null = null;
  private envelope: DraftEnvelope | null = null;
  private identity = "";
  /** Last year's report, for the summaries the autosave writes. */
  private lastYear: Report | undefined;
  private channel: ReturnType<typeof openDraftChannel> | null = null;
  private alive = false;

  constructor(
    private readonly repo: DraftRepository,
    readonly id: string,
    private readonly options: SessionOptions = {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private set(change: Partial<SessionSnapshot>): void {
    if (!this.alive) return;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  private restart(opened: OpenedDraft): void {
    this.set({ opened, generation: this.snapshot.generation + 1 });
  }

  /** Opens the draft: as its writer when no other tab writes it, else read-only, following the writer. */
  async start(): Promise<void> {
    this.alive = true;
    this.channel = openDraftChannel((message) => {
      if (!("id" in message) || message.id !== this.id) return;
      if (message.type === "flush" && this.saver) {
        void this.saver.flush().then(() => this.channel?.post({ type: "flushed", id: this.id }));
      }
      if (message.type === "saved" && !this.saver) void this.load();
    });
    const first = await this.repo.open(this.id);
    if (!this.alive) return;
    if (first.kind === "ok") await this.becomeWriter(false);
    else this.restart(first);
  }

  /** Every change the editor makes, with the whole report. */
  change = (report: Report): void => {
    const saver = this.saver;
    if (saver) {
      saver.change(report);
      // Every change not yet durable is also in the journal at once: a crash (kill -9, power cut) before the
      // next write loses nothing, and no unload event has to fire for it.
      const text = saver.currentText;
      if (saver.dirty && text !== null) writeJournalText(this.id, saver.currentRevision, text);
    }
    void this.resolveLastYear(report);
  };

  /** Whether this tab holds edits not yet written (leaving the page should ask). */
  get unsaved(): boolean {
    return this.saver?.dirty ?? false;
  }

  /** Writes now (tab hidden, page closing), with the journal as the last-chance copy. */
  flush = (): void => {
    const saver = this.saver;
    if (!saver?.dirty || !saver.currentReport) return;
    writeJournal(this.id, { revision: saver.currentRevision, report: saver.currentReport });
    void saver.flush();
  };

  retry = (): void => {
    void this.saver?.retry();
  };

  /** The report as this tab has it now (saved or not). */
  currentReport = (): Report | null => this.saver?.currentReport ?? this.envelope?.report ?? null;

  /** 接管编辑: asks the writing tab to save, then takes the lock. */
  takeOver = async (): Promise<void> => {
    const flushed = new Promise<void>((resolve) => {
      const waiting = openDraftChannel((message) => {
        if (message.type === "flushed" && message.id === this.id) {
          waiting.close();
          resolve();
        }
      });
      setTimeout(() => {
        waiting.close();
        resolve();
      }, TAKEOVER_WAIT_MS);
    });
    this.channel?.post({ type: "flush", id: this.id });
    await flushed;
    this.set({ rescuedAs: null });
    await this.becomeWriter(true);
  };

  /** Reads the stored draft again (after a conflict, or to follow another tab). */
  reload = async (): Promise<void> => {
    if (this.snapshot.ownership === "self") {
      this.stopWriting();
      await this.becomeWriter(false);
    } else await this.load();
  };

  /** Writes what is pending, then lets go of the lock and the channel. */
  async dispose(): Promise<void> {
    this.alive = false;
    const saver = this.saver;
    const held = this.lock;
    this.saver = null;
    this.lock = null;
    this.channel?.close();
    this.channel = null;
    await (saver?.flush() ?? Promise.resolve());
    saver?.stop();
    held?.release();
  }

  private async resolveLastYear(report: Report): Promise<void> {
    const key = `${report.meta.organ}|${report.meta.year}`;
    if (key === this.identity) return;
    this.identity = key;
    const found = await this.repo.lastYearFor(report, this.envelope?.baseline ?? null).catch(() => undefined);
    this.lastYear = found;
    this.set({ lastYear: found });
  }

  private startSaver(current: DraftEnvelope): void {
    const saver: Autosaver = new Autosaver({
      revision: current.revision,
      write: async (report, expected) => {
        const result = await this.repo.save(this.id, report, expected, { lastYear: this.lastYear });
        if (result.ok) {
          this.channel?.post({ type: "saved", id: this.id, revision: result.revision });
          // Typed on while this was written: the journal's copy now builds on the new revision.
          const unsaved = saver.currentReport;
          if (unsaved && unsaved !== report) writeJournal(this.id, { revision: result.revision, report: unsaved });
        }
        return result;
      },
      onState: (next) => {
        // Durable now: the journal's copy is no longer needed (it is kept while anything is unsaved).
        if (next.kind === "saved") clearJournal(this.id);
        // Typing on while a save is pending changes nothing to show: no new snapshot, so no render per key.
        if (next.kind === "pending" && this.snapshot.state.kind === "pending") return;
        this.set({ state: next });
      },
      onFirstSave: this.options.onFirstSave,
    });
    saver.baseline(current.report);
    this.saver = saver;
  }

  private async load(): Promise<OpenedDraft | undefined> {
    const result = await this.repo.open(this.id);
    if (!this.alive) return;
    this.envelope = result.kind === "ok" ? result.envelope : null;
    this.identity = "";
    if (result.kind === "ok") await this.resolveLastYear(result.envelope.report);
    this.restart(result);
    return result;
  }

  private stopWriting(): void {
    this.saver?.stop();
    this.saver = null;
    this.lock?.release();
    this.lock = null;
  }

  private onLost = (): void => {
    const saver = this.saver;
    this.lock = null;
    this.saver = null;
    saver?.stop();
    if (!this.alive) return;
    this.set({ ownership: "lost" });
    const unsaved = saver?.dirty ? saver.currentReport : null;
    // Keystrokes made after the other tab took over would otherwise be lost: keep them as a new draft.
    if (unsaved) {
      void this.repo.createDraftFrom(unsaved).then((copy) => {
        this.channel?.post({ type: "list-changed" });
        this.set({ rescuedAs: copy.id });
      });
    }
  };

  /** Edits kept in the journal when this draft's page last closed: resumed, or kept as a separate draft. */
  private async recover(current: DraftEnvelope): Promise<void> {
    const entry = readJournal(this.id);
    const recovery = recoverJournal(entry, current.revision, current.report);
    if (!entry || recovery === "none") return;
    if (recovery === "resume") {
      this.restart({ kind: "ok", envelope: { ...current, report: entry.report }, migratedFrom: null });
      this.saver?.change(entry.report);
      this.set({ recovered: "resumed" });
    }
    if (recovery === "separate") {
      await this.repo.createDraftFrom(entry.report);
      this.channel?.post({ type: "list-changed" });
      this.set({ recovered: "separate" });
    }
    clearJournal(this.id);
  }

  private async becomeWriter(steal: boolean): Promise<void> {
    const acquired = await acquireDraftLock({ id: this.id, steal, onLost: this.onLost });
    if (!this.alive) {
      acquired?.release();
      return;
    }
    if (!acquired) {
      this.set({ ownership: "other" });
      await this.load();
      return;
    }
    this.lock = acquired;
    const result = await this.load();
    if (result?.kind === "ok") {
      this.startSaver(result.envelope);
      this.set({ state: { kind: "saved", savedAt: result.envelope.savedAt }, ownership: "self" });
      await this.recover(result.envelope);
    } else {
      this.stopWriting();
      this.set({ ownership: "other" });
    }
  }
}
