import { useCallback, useEffect, useMemo, useState } from "react";
import { type Evaluation, evaluate } from "../../collect";
import type { CollectionRepository, OpenedCollection, WriteRefusal } from "../../drafts";

export interface CollectionState {
  opened: OpenedCollection | null;
  evaluation: Evaluation | null;
  /** The last failure in Chinese, with what to do; null when the last action went through. */
  error: string | null;
  /** Runs a write, then reads the collection again; a refusal or failure is shown, never swallowed. */
  run: (write: () => Promise<WriteRefusal>) => Promise<boolean>;
}

const FAILED = "保存到浏览器失败，刚才的更改没有保存。请稍后重试；如仍失败，请检查浏览器存储空间。";

export function useCollection(repo: CollectionRepository, id: string): CollectionState {
  const [opened, setOpened] = useState<OpenedCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => setOpened(await repo.open(id)), [repo, id]);
  useEffect(() => {
    reload().catch(() => setError("无法从浏览器读取这个汇总。请刷新页面重试。"));
  }, [reload]);
  const run = useCallback(
    async (write: () => Promise<WriteRefusal>) => {
      try {
        const refusal = await write();
        setError(refusal);
        await reload();
        return refusal === null;
      } catch (failure) {
        console.error("collection write failed", failure);
        setError(FAILED);
        return false;
      }
    },
    [reload],
  );
  const evaluation = useMemo(
    () => (opened?.kind === "ok" ? evaluate(opened.collection, opened.files) : null),
    [opened],
  );
  return { opened, evaluation, error, run };
}
