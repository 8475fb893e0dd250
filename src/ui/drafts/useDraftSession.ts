/**
 * The open draft in React: a thin adapter over `DraftSession` (src/drafts/session.ts), which holds all of its
 * logic. Here only what needs the page: its hide, close and leave events.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { type DraftRepository, DraftSession, requestPersistence, type SessionSnapshot } from "../../drafts";
import { flushTyping } from "../editor/typing";

export type DraftSessionView = SessionSnapshot &
  Pick<DraftSession, "change" | "takeOver" | "reload" | "retry" | "currentReport">;

export function useDraftSession(repo: DraftRepository, id: string): DraftSessionView {
  const [session] = useState(() => new DraftSession(repo, id, { onFirstSave: requestPersistence }));
  useEffect(() => {
    void session.start();
    // Text typed in the last frame reaches the form first (src/ui/editor/typing.ts).
    const flush = () => {
      flushTyping();
      session.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // While anything is unsaved, leaving asks first (the journal keeps it either way).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flushTyping();
      if (!session.unsaved) return;
      session.flush();
      e.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", onBeforeUnload);
      void session.dispose();
    };
  }, [session]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [currentReport] = useState(() => () => {
    flushTyping();
    return session.currentReport();
  });
  return {
    ...snapshot,
    change: session.change,
    takeOver: session.takeOver,
    reload: session.reload,
    retry: session.retry,
    currentReport,
  };
}
