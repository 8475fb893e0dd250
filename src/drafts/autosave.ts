/**
 * Autosave for the open draft: writes the latest report 300 ms after the last change, and during continuous
 * typing at least once a second; one write at a time; reports "saved" only when the write has committed AND
 * nothing changed meanwhile. A failed write keeps the report in memory, reports why, and is retried.
 */
import type { Report } from "../report";
import type { SaveResult } from "./repository";
import { classifyStorageError, type StorageFailure } from "./storageErrors";

/** Debounce after the last keystroke; with the write itself this stays well inside the 1 s budget. */
export const AUTOSAVE_DELAY_MS = 300;
/** The longest an unsaved change waits while typing goes on: a crash loses at most this much. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;
/** Waits before retrying a failed write, growing to the last one. */
export const RETRY_DELAYS_MS = [2000, 5000, 10000, 30000];

export type SaveState =
  | { kind: "saved"; savedAt: string | null }
  | { kind: "pending" }
  | { kind: "failed"; failure: StorageFailure }
  /** Another tab or a restore wrote a newer revision: we stopped writing to avoid overwriting it. */
  | { kind: "conflict" }
  /** The record was written by a newer app version or no longer exists. */
  | { kind: "blocked"; reason: "newer" | "missing" };

export interface AutosaverOptions {
  revision: number;
  write: (report: Report, expectedRevision: number) => Promise<SaveResult>;
  onState: (state: SaveState) => void;
  /** Called once after the first write that reached storage (persistence is requested then). */
  onFirstSave?: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export class Autosaver {
  private revision: number;
  /**
   * The newest report as JSON text: the snapshot taken at each change (the editor's values object changes in
   * place), compared with what was saved and written to the journal as is. Parsed only when a write needs it.
   */
  private latestText: string | null = null;
  private latestParsed: Report | null = null;
  private savedText: string | null = null;
  private timer: unknown = null;
  /** When the oldest change not yet handed to a write was made (null when there is none). */
  private unsavedSince: number | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  /** Set while writes fail, so typing does not hide the failure behind 保存中…. */
  private failure: StorageFailure | null = null;
  private stopped = false;
  private savedOnce = false;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions) {
    this.revision = options.revision;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? Date.now;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** The newest report, saved or not (for backups while storage fails). */
  get currentReport(): Report | null {
    if (this.latestText === null) return null;
    this.latestParsed ??= JSON.parse(this.latestText) as Report;
    return this.latestParsed;
  }

  /** The newest report as JSON text, or null before the first change. */
  get currentText(): string | null {
    return this.latestText;
  }

  get dirty(): boolean {
    return this.latestText !== null && this.latestText !== this.savedText;
  }

  /** The stored report this saver starts from, so an unchanged report is not written again. */
  baseline(report: Report): void {
    this.savedText = JSON.stringify(report);
  }

  change(report: Report): void {
    if (this.stopped) return;
    this.latestText = JSON.stringify(report);
    this.latestParsed = null;
    if (!this.dirty) {
      if (!this.writing && !this.failure) this.options.onState({ kind: "saved", savedAt: null });
      return;
    }
    if (!this.failure) this.options.onState({ kind: "pending" });
    const now = this.now();
    this.unsavedSince ??= now;
    this.schedule(Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.unsavedSince + AUTOSAVE_MAX_WAIT_MS - now)));
  }

  /** Write now (tab hidden, page closing, before another tab takes over). */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.writeLoop();
  }

  retry(): Promise<void> {
    this.failures = 0;
    return this.flush();
  }

  /** Stop writing for good (the tab lost the draft to another tab, or the editor closed). */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.writeLoop();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private writeLoop(): Promise<void> {
    if (!this.writing) {
      this.writing = this.writeUntilClean().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  private async writeUntilClean(): Promise<void> {
    while (this.dirty && !this.stopped && this.latestText !== null) {
      this.unsavedSince = null;
      const text = this.latestText;
      const report = this.currentReport as Report;
      let result: SaveResult;
      try {
        result = await this.options.write(report, this.revision);
      } catch (error) {
        this.failed(classifyStorageError(error));
        return;
      }
      if (!result.ok) {
        this.stopped = true;
        this.options.onState(
          result.reason === "conflict" ? { kind: "conflict" } : { kind: "blocked", reason: result.reason },
        );
        return;
      }
      this.revision = result.revision;
      this.savedText = text;
      this.failures = 0;
      this.failure = null;
      if (!this.savedOnce) {
        this.savedOnce = true;
        this.options.onFirstSave?.();
      }
      if (!this.dirty) this.options.onState({ kind: "saved", savedAt: result.savedAt });
    }
  }

  private failed(failure: StorageFailure): void {
    this.failure = failure;
    this.options.onState({ kind: "failed", failure });
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
    this.failures++;
    if (!this.stopped) this.schedule(delay);
  }
}
