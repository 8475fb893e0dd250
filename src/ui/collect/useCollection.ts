import { useCallback, useEffect, useMemo, useState } from "react";
import { type Evaluation, evaluate, isXlsx, type PreRead } from "../../collect";
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

/** The .xlsx files read with the Excel reader, loaded only when a collection holds one; null while reading. */
function usePreRead(opened: OpenedCollection | null): PreRead | null {
  const [preRead, setPreRead] = useState<{ for: OpenedCollection; read: PreRead } | null>(null);
  useEffect(() => {
    if (opened?.kind !== "ok") return;
    const sheets = opened.files.filter((f) => isXlsx(f.fileName, f.bytes));
    let live = true;
    const done = (read: PreRead) => live && setPreRead({ for: opened, read });
    if (sheets.length === 0) done(new Map());
    else
      import("../../collect/xlsx")
        .then(async ({ xlsxToReport }) =>
          done(new Map(await Promise.all(sheets.map(async (f) => [f.id, await xlsxToReport(f.bytes)] as const)))),
        )
        .catch(() =>
          done(
            new Map(
              sheets.map((f) => [
                f.id,
                {
                  ok: false,
                  message: "Excel 读取程序没有加载成功（网络可能中断）。请联网后刷新页面重试。",
                  findings: [],
                },
              ]),
            ),
          ),
        );
    return () => {
      live = false;
    };
  }, [opened]);
  return preRead && preRead.for === opened ? preRead.read : null;
}

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
  const preRead = usePreRead(opened);
  const evaluation = useMemo(
    () => (opened?.kind === "ok" && preRead ? evaluate(opened.collection, opened.files, preRead) : null),
    [opened, preRead],
  );
  return { opened, evaluation, error, run };
}
