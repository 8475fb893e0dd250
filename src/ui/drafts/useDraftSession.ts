/**
 * The open draft's life in this tab: load, one-writer lock, autosave, flush on hide/close, take-over,
 * and following the writer's saves while read-only.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Autosaver,
  acquireDraftLock,
  clearJournal,
  type DraftEnvelope,
  type DraftLock,
  type DraftRepository,
  type OpenedDraft,
  openDraftChannel,
  readJournal,
  recoverJournal,
  requestPersistence,
  type SaveState,
  writeJournal,
} from "../../drafts";
import type { Report } from "../../report";

/** How long 接管编辑 waits for the other tab to save what it has before taking the lock anyway. */
const TAKEOVER_WAIT_MS = 1500;

export type Ownership =
  /** This tab writes. */
  | "self"
  /** Another tab writes; this one shows the draft read-only. */
  | "other"
  /** Another tab took the draft over from this one. */
  | "lost";

export interface DraftSession {
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
  onChange: (report: Report) => void;
  takeOver: () => Promise<void>;
  reload: () => Promise<void>;
  retry: () => void;
  /** The report as this tab has it now (saved or not). */
  currentReport: () => Report | null;
}

export function useDraftSession(repo: DraftRepository, id: string): DraftSession {
  const [opened, setOpened] = useState<OpenedDraft | null>(null);
  const [generation, setGeneration] = useState(0);
  const [ownership, setOwnership] = useState<Ownership>("other");
  const [state, setState] = useState<SaveState>({ kind: "saved", savedAt: null });
  const [rescuedAs, setRescuedAs] = useState<string | null>(null);
  const [recovered, setRecovered] = useState<"resumed" | "separate" | null>(null);
  const [lastYear, setLastYear] = useState<Report | undefined>(undefined);
  const saver = useRef<Autosaver | null>(null);
  const lock = useRef<DraftLock | null>(null);
  const envelope = useRef<DraftEnvelope | null>(null);
  const lastYearRef = useRef<Report | undefined>(undefined);
  const identity = useRef("");
  const channel = useRef<ReturnType<typeof openDraftChannel> | null>(null);
  const alive = useRef(true);

  const resolveLastYear = useCallback(
    async (report: Report) => {
      const key = `${report.meta.organ}|${report.meta.year}`;
      if (key === identity.current) return;
      identity.current = key;
      const found = await repo.lastYearFor(report, envelope.current?.baseline ?? null).catch(() => undefined);
      lastYearRef.current = found;
      if (alive.current) setLastYear(found);
    },
    [repo],
  );

  const startSaver = useCallback(
    (current: DraftEnvelope) => {
      const autosaver = new Autosaver({
        revision: current.revision,
        write: async (report, expected) => {
          const result = await repo.save(id, report, expected, { lastYear: lastYearRef.current });
          if (result.ok) {
            channel.current?.post({ type: "saved", id, revision: result.revision });
            // Typed on while this was written: the journal's copy now builds on the new revision.
            const unsaved = autosaver.currentReport;
            if (unsaved && unsaved !== report) writeJournal(id, { revision: result.revision, report: unsaved });
          }
          return result;
        },
        onState: (next) => {
          // Durable now: the journal's copy is no longer needed (it is kept while anything is unsaved).
          if (next.kind === "saved") clearJournal(id);
          if (alive.current) setState(next);
        },
        onFirstSave: requestPersistence,
      });
      autosaver.baseline(current.report);
      saver.current = autosaver;
    },
    [repo, id],
  );

  /** Reads the draft again and restarts the editor from it. */
  const load = useCallback(async () => {
    const result = await repo.open(id);
    if (!alive.current) return;
    envelope.current = result.kind === "ok" ? result.envelope : null;
    identity.current = "";
    if (result.kind === "ok") await resolveLastYear(result.envelope.report);
    setOpened(result);
    setGeneration((g) => g + 1);
    return result;
  }, [repo, id, resolveLastYear]);

  const stopWriting = useCallback(() => {
    saver.current?.stop();
    saver.current = null;
    lock.current?.release();
    lock.current = null;
  }, []);

  const onLost = useCallback(() => {
    const autosaver = saver.current;
    lock.current = null;
    saver.current = null;
    autosaver?.stop();
    if (!alive.current) return;
    setOwnership("lost");
    const unsaved = autosaver?.dirty ? autosaver.currentReport : null;
    // Keystrokes made after the other tab took over would otherwise be lost: keep them as a new draft.
    if (unsaved) {
      void repo.createDraftFrom(unsaved).then((copy) => {
        channel.current?.post({ type: "list-changed" });
        if (alive.current) setRescuedAs(copy.id);
      });
    }
  }, [repo]);

  /** Edits kept in the journal when this draft's page last closed: resumed, or kept as a separate draft. */
  const recover = useCallback(
    async (current: DraftEnvelope) => {
      const entry = readJournal(id);
      const recovery = recoverJournal(entry, current.revision, current.report);
      if (!entry || recovery === "none") return;
      if (recovery === "resume") {
        setOpened({ kind: "ok", envelope: { ...current, report: entry.report }, migratedFrom: null });
        setGeneration((g) => g + 1);
        saver.current?.change(entry.report);
        setRecovered("resumed");
      }
      if (recovery === "separate") {
        await repo.createDraftFrom(entry.report);
        channel.current?.post({ type: "list-changed" });
        setRecovered("separate");
      }
      clearJournal(id);
    },
    [repo, id],
  );

  const becomeWriter = useCallback(
    async (steal: boolean) => {
      const acquired = await acquireDraftLock({ id, steal, onLost });
      if (!alive.current) {
        acquired?.release();
        return;
      }
      if (!acquired) {
        setOwnership("other");
        await load();
        return;
      }
      lock.current = acquired;
      const result = await load();
      if (result?.kind === "ok") {
        startSaver(result.envelope);
        setState({ kind: "saved", savedAt: result.envelope.savedAt });
        setOwnership("self");
        await recover(result.envelope);
      } else {
        stopWriting();
        setOwnership("other");
      }
    },
    [id, onLost, load, startSaver, stopWriting, recover],
  );

  useEffect(() => {
    alive.current = true;
    channel.current = openDraftChannel((message) => {
      if (!("id" in message) || message.id !== id) return;
      if (message.type === "flush" && saver.current) {
        void saver.current.flush().then(() => channel.current?.post({ type: "flushed", id }));
      }
      if (message.type === "saved" && !saver.current) void load();
    });
    void repo.open(id).then((first) => {
      if (!alive.current) return;
      if (first.kind === "ok") void becomeWriter(false);
      else {
        setOpened(first);
        setGeneration((g) => g + 1);
      }
    });
    const flush = () => {
      const autosaver = saver.current;
      if (!autosaver?.dirty || !autosaver.currentReport) return;
      writeJournal(id, { revision: autosaver.currentRevision, report: autosaver.currentReport });
      void autosaver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // While anything is unsaved, leaving asks first (the journal keeps it either way).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!saver.current?.dirty) return;
      flush();
      e.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      alive.current = false;
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", onBeforeUnload);
      const autosaver = saver.current;
      const held = lock.current;
      saver.current = null;
      lock.current = null;
      void (autosaver?.flush() ?? Promise.resolve()).finally(() => {
        autosaver?.stop();
        held?.release();
      });
      channel.current?.close();
      channel.current = null;
    };
  }, [repo, id, load, becomeWriter]);

  const takeOver = useCallback(async () => {
    const flushed = new Promise<void>((resolve) => {
      const waiting = openDraftChannel((message) => {
        if (message.type === "flushed" && message.id === id) {
          waiting.close();
          resolve();
        }
      });
      setTimeout(() => {
        waiting.close();
        resolve();
      }, TAKEOVER_WAIT_MS);
    });
    channel.current?.post({ type: "flush", id });
    await flushed;
    setRescuedAs(null);
    await becomeWriter(true);
  }, [id, becomeWriter]);

  const onChange = useCallback(
    (report: Report) => {
      const autosaver = saver.current;
      if (autosaver) {
        const copy = structuredClone(report);
        autosaver.change(copy);
        // Every change not yet durable is also in the journal at once: a crash (kill -9, power cut) before the
        // next write loses nothing, and no unload event has to fire for it.
        if (autosaver.dirty) writeJournal(id, { revision: autosaver.currentRevision, report: copy });
      }
      void resolveLastYear(report);
    },
    [id, resolveLastYear],
  );

  const reload = useCallback(async () => {
    if (ownership === "self") {
      stopWriting();
      await becomeWriter(false);
    } else await load();
  }, [ownership, stopWriting, becomeWriter, load]);

  return {
    opened,
    generation,
    ownership,
    state,
    rescuedAs,
    recovered,
    lastYear,
    onChange,
    takeOver,
    reload,
    retry: () => void saver.current?.retry(),
    currentReport: () => saver.current?.currentReport ?? envelope.current?.report ?? null,
  };
}
