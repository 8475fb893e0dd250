import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { type OpenedStorage, openDrafts } from "../drafts";
import { blankReport } from "../report";
import { ErrorBoundary } from "./common/ErrorBoundary";
import { Banner } from "./drafts/Banner";
import { DraftEditorScreen } from "./drafts/DraftEditorScreen";
import { OpenReviewFile } from "./review/OpenReviewFile";
import { hasReviewFragment, useReviewInbox } from "./review/useReviewInbox";
import "./drafts/drafts.css";

/**
 * The draft list, loaded when first shown: a first visit opens a new draft in the editor, so its table code
 * (@tanstack/react-table) stays out of the first page's scripts.
 */
const DraftListScreen = lazy(() => import("./drafts/DraftListScreen").then((m) => ({ default: m.DraftListScreen })));

/** The 区 office's collections (汇总), loaded only when opened: clerks never download it. */
const CollectScreen = lazy(() => import("./collect/CollectScreen"));

/** `?collect` is the list of collections, `?collect=<id>` one collection. */
function collectInUrl(): string | null {
  return new URLSearchParams(window.location.search).get("collect");
}

function setCollectInUrl(id: string | null): void {
  const url = new URL(window.location.href);
  url.searchParams.delete("draft");
  if (id === null) url.searchParams.delete("collect");
  else url.searchParams.set("collect", id);
  window.history.pushState(null, "", url);
}

/** `?draft=<id>` opens a draft, so a reload comes back to it; the fragment is left to shared links. */
function draftInUrl(): string | null {
  return new URLSearchParams(window.location.search).get("draft");
}

function setDraftInUrl(id: string | null, replace = false): void {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set("draft", id);
  else url.searchParams.delete("draft");
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

let storageOnce: Promise<OpenedStorage> | null = null;

/** The app shell: the draft list is home; a draft opens in the editor. */
export function App() {
  const [storage, setStorage] = useState<OpenedStorage | null>(null);
  const [draftId, setDraftId] = useState<string | null>(draftInUrl);
  const [collectId, setCollectId] = useState<string | null>(collectInUrl);
  const firstUse = useRef(false);

  /** Imports and shared links use this with `storage.repo.createDraftFrom(report)`: always a NEW draft. */
  const open = useCallback((id: string | null) => {
    setDraftInUrl(id);
    setDraftId(id);
  }, []);
  const openCollect = useCallback((id: string | null) => {
    setCollectInUrl(id);
    setCollectId(id);
  }, []);

  useEffect(() => {
    storageOnce ??= openDrafts();
    void storageOnce.then(async (opened) => {
      // First use (nothing stored at all): go straight to a blank report instead of an empty list.
      if (!draftInUrl() && collectInUrl() === null && !hasReviewFragment() && !firstUse.current) {
        firstUse.current = true;
        if (await opened.repo.isEmpty().catch(() => false)) {
          const draft = await opened.repo.createDraftFrom(blankReport());
          setDraftInUrl(draft.id, true);
          setDraftId(draft.id);
        }
      }
      setStorage(opened);
    });
    const onPop = () => {
      setDraftId(draftInUrl());
      setCollectId(collectInUrl());
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const inbox = useReviewInbox(storage?.repo ?? null, open);

  if (!storage) return <p className="drafts-loading">正在打开草稿…</p>;
  const reviewBar = (
    <>
      {inbox.failure}
      {inbox.notice && (
        <Banner
          tone={inbox.notice.tone}
          actions={
            <button type="button" onClick={inbox.dismiss}>
              知道了
            </button>
          }
        >
          {inbox.notice.message}
        </Banner>
      )}
    </>
  );
  const screen =
    collectId !== null ? (
      <ErrorBoundary key="collect" what="汇总" repo={storage.repo}>
        <Suspense fallback={<p className="drafts-loading">正在打开汇总…</p>}>
          <CollectScreen drafts={storage.repo} id={collectId || null} onOpen={openCollect} />
        </Suspense>
      </ErrorBoundary>
    ) : draftId ? (
      <ErrorBoundary key={draftId} what="编辑器" repo={storage.repo}>
        <DraftEditorScreen
          repo={storage.repo}
          id={draftId}
          memoryFailure={storage.failure}
          onBack={() => open(null)}
          onOpen={open}
        />
      </ErrorBoundary>
    ) : (
      <ErrorBoundary key="list" what="草稿列表" repo={storage.repo}>
        <Suspense fallback={<p className="drafts-loading">正在打开草稿列表…</p>}>
          <DraftListScreen
            repo={storage.repo}
            memoryFailure={storage.failure}
            onOpen={open}
            headerActions={
              <>
                <OpenReviewFile onOpened={(result) => void inbox.accept(result)} />
                <button type="button" onClick={() => openCollect("")}>
                  汇总各单位报告
                </button>
              </>
            }
          />
        </Suspense>
      </ErrorBoundary>
    );
  return (
    <>
      {reviewBar}
      {screen}
    </>
  );
}
