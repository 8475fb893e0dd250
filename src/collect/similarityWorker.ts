/**
 * The similarity of all pairs, off the page's thread (500 units are 124 750 pairs): the page posts the units'
 * compared texts, the worker posts its progress now and then and the result once. Started with
 * `new Worker(new URL("…/similarityWorker.ts", import.meta.url), { type: "module" })`, a file of the app
 * (allowed by `script-src 'self'`).
 */
import { type Closest, type Pair, similarity } from "./similarity";

export interface SimilarityRequest {
  texts: [string, string][];
}

export type SimilarityReply =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; alike: Pair[]; closest: [string, Closest][] };

/** Often enough for the bar to move, rarely enough not to flood the page. */
const PROGRESS_EVERY_MS = 100;

const post = (reply: SimilarityReply) => postMessage(reply);

addEventListener("message", (event: MessageEvent<SimilarityRequest>) => {
  let last = performance.now();
  const result = similarity(new Map(event.data.texts), (done, total) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ kind: "progress", done, total });
  });
  post({ kind: "done", alike: result.alike, closest: [...result.closest] });
});
