import { useEffect, useMemo, useRef, useState } from "react";
import { type Evaluation, type Similarity, unitTexts } from "../../collect";
import type { SimilarityReply, SimilarityRequest } from "../../collect/similarityWorker";

/** Pairs compared so far, kept outside React state so the bar moving re-renders only the bar. */
export interface ProgressSource {
  get: () => { done: number; total: number };
  subscribe: (listener: () => void) => () => void;
}

export interface SimilarityState {
  /** null while comparing (or when it failed). */
  similarity: Similarity | null;
  progress: ProgressSource;
  /** Why there is no result, in Chinese, with what to do. */
  failed: string | null;
}

const FAILED = "文字相似度没有比较完成（比较程序出错或没有加载成功）。请刷新页面重试。";

const NOTHING: Similarity = { alike: [], closest: new Map() };

function progressSource() {
  let value = { done: 0, total: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next: { done: number; total: number }) => {
      value = next;
      for (const listener of listeners) listener();
    },
  };
}

const sameTexts = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([name, text]) => b.get(name) === text);

/** The filed units' texts, the same object while they are the same (assigning a file by hand changes none). */
function useUnitTexts(evaluation: Evaluation | null): ReadonlyMap<string, string> {
  const kept = useRef<ReadonlyMap<string, string>>(new Map());
  const texts = evaluation ? unitTexts(evaluation) : new Map<string, string>();
  if (!sameTexts(kept.current, texts)) kept.current = texts;
  return kept.current;
}

/**
 * Every pair of units compared in a worker, started again (the running one stopped) whenever the units' texts
 * change; the page stays usable meanwhile and shows the progress.
 */
export function useSimilarity(evaluation: Evaluation | null): SimilarityState {
  const texts = useUnitTexts(evaluation);
  const [state, setState] = useState<{
    for: ReadonlyMap<string, string>;
    similarity: Similarity | null;
    failed: string | null;
  } | null>(null);
  const [progress] = useState(progressSource);
  useEffect(() => {
    if (texts.size < 2) return;
    progress.set({ done: 0, total: (texts.size * (texts.size - 1)) / 2 });
    // Measured by the bench (bench/collect.ts): from the texts posted to the result back.
    performance.mark("collect-similarity-start");
    const worker = new Worker(new URL("../../collect/similarityWorker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<SimilarityReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") progress.set(reply);
      else {
        performance.measure("汇总文字相似度", "collect-similarity-start");
        setState({ for: texts, similarity: { alike: reply.alike, closest: new Map(reply.closest) }, failed: null });
        worker.terminate();
      }
    });
    worker.addEventListener("error", () => {
      setState({ for: texts, similarity: null, failed: FAILED });
      worker.terminate();
    });
    const request: SimilarityRequest = { texts: [...texts] };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [texts, progress]);
  const current = state?.for === texts ? state : null;
  const similarity = texts.size < 2 ? NOTHING : (current?.similarity ?? null);
  const failed = texts.size < 2 ? null : (current?.failed ?? null);
  return useMemo(() => ({ similarity, failed, progress }), [similarity, failed, progress]);
}
