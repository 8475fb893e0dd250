import { useCallback, useEffect, useState } from "react";
import type { DraftRepository } from "../../drafts";
import type { OpenResult } from "../../review/message";
import { useOnFirstUse } from "../common/firstUse";
import { loadReview } from "./loadReview";
import type { Notice } from "./receive";

/** Whether the address carries a shared draft or a hand-back. */
export function hasReviewFragment(): boolean {
  return window.location.hash.startsWith("#xxgk");
}

/**
 * Opens a shared draft or a hand-back from the address fragment (at start-up and when a link is pasted into the
 * open page) or from a file, and removes the fragment from the address bar at once.
 */
export function useReviewInbox(repo: DraftRepository | null, open: (id: string) => void) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const { load, failure } = useOnFirstUse();

  const accept = useCallback(
    async (result: OpenResult) => {
      if (!repo) return;
      if (!result.ok) {
        setNotice({ tone: "error", message: result.message });
        return;
      }
      // Loaded when a share or hand-back arrives: most visits bring none.
      await (await import("./receive")).receiveInto(repo, result, setNotice, open);
    },
    [repo, open],
  );

  useEffect(() => {
    if (!repo) return;
    const openHash = async (hash: string) => {
      const review = await load(loadReview, () => void openHash(hash));
      if (review) await accept(await review.openFragment(hash));
    };
    const readHash = () => {
      const hash = window.location.hash;
      if (!hasReviewFragment()) return;
      const url = new URL(window.location.href);
      url.hash = "";
      window.history.replaceState(window.history.state, "", url);
      void openHash(hash);
    };
    readHash();
    window.addEventListener("hashchange", readHash);
    return () => window.removeEventListener("hashchange", readHash);
  }, [repo, accept, load]);

  return { notice, dismiss: () => setNotice(null), accept, failure };
}
