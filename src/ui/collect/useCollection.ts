import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  asyncReader,
  type Evaluation,
  evaluate,
  FileMemo,
  type FileReader,
  fileKey,
  type PreRead,
  type PreReadResult,
  readSubmitted,
} from "../../collect";
import type { CollectionRepository, OpenedCollection, WriteRefusal } from "../../drafts";
import { importBytes } from "../../formats";

export interface CollectionState {
  opened: OpenedCollection | null;
  /** While files just added are being read, the evaluation before them: the table stays, sorted as it was. */
  evaluation: Evaluation | null;
  /** Files just added (or changed in another tab) are still being read; `evaluation` does not count them yet. */
  reading: boolean;
  /** The last failure in Chinese, with what to do; null when the last action went through. */
  error: string | null;
  /** Runs a write, then reads the collection again; a refusal or failure is shown, never swallowed. */
  run: (write: () => Promise<WriteRefusal>) => Promise<boolean>;
}

const READER_FAILED = "读取程序没有加载成功（网络可能中断）。请联网后刷新页面重试。";

const FAILED = "保存到浏览器失败，刚才的更改没有保存。请稍后重试；如仍失败，请检查浏览器存储空间。";

/**
 * The files `evaluate` does not read itself: .xlsx with the Excel reader, Word and PDF with the import's file reader,
 * each loaded only when a collection holds such a file; null while reading.
 */
function usePreRead(opened: OpenedCollection | null, keys: ReadonlyMap<string, string>): PreRead | null {
  const [preRead, setPreRead] = useState<{ for: OpenedCollection; read: PreRead } | null>(null);
  // What each file's reader gave, by its bytes: adding one file reads one file, not every .xlsx/Word/定稿 again.
  const [memo] = useState(() => new FileMemo<Promise<PreReadResult>>());
  useEffect(() => {
    if (opened?.kind !== "ok") return;
    memo.keepOnly(new Set(keys.values()));
    // Each file's reader, judged once (a 定稿 file is recognised by reading its text).
    const files = opened.files.flatMap((f) => {
      const reader = asyncReader(f.fileName, f.bytes);
      return reader ? [{ file: f, reader }] : [];
    });
    let live = true;
    const done = (read: PreRead) => live && setPreRead({ for: opened, read });
    const readOne = async ({ file, reader }: (typeof files)[number]): Promise<PreReadResult> => {
      if (reader === "submission") return readSubmitted(file.bytes);
      if (reader === "xlsx") return (await import("../../collect/xlsx")).xlsxToReport(file.bytes);
      return (await import("../../formats")).importFile(file.bytes);
    };
    Promise.all(
      files.map(async (entry) => {
        const key = keys.get(entry.file.id) ?? "";
        try {
          return [entry.file.id, await memo.get(key, () => readOne(entry))] as [string, PreReadResult];
        } catch {
          // A reader that did not load is tried again next time.
          memo.forget(key);
          return [entry.file.id, { ok: false, message: READER_FAILED, findings: [] }] as [string, PreReadResult];
        }
      }),
    ).then((read) => done(new Map(read)));
    return () => {
      live = false;
    };
  }, [opened, keys, memo]);
  return preRead && preRead.for === opened ? preRead.read : null;
}

/** Each file's key (id and bytes) in the read memos. */
function useFileKeys(opened: OpenedCollection | null): ReadonlyMap<string, string> {
  return useMemo(
    () => new Map(opened?.kind === "ok" ? opened.files.map((f) => [f.id, fileKey(f)] as const) : []),
    [opened],
  );
}

/** `evaluate`'s import of each file, read once for the same bytes while the page is open. */
function useFileReader(keys: ReadonlyMap<string, string>): FileReader {
  const [memo] = useState(() => new FileMemo<ReturnType<FileReader>>());
  return useMemo(() => {
    memo.keepOnly(new Set(keys.values()));
    return (file) => memo.get(keys.get(file.id) ?? fileKey(file), () => importBytes(file.bytes));
  }, [keys, memo]);
}

export function useCollection(repo: CollectionRepository, id: string): CollectionState {
  const [opened, setOpened] = useState<OpenedCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The bytes already read stay: a write reads back only the files it added (issue #19: 500 units).
  const held = useRef<ReadonlyMap<string, Uint8Array>>(new Map());
  const reload = useCallback(async () => {
    const next = await repo.open(id, held.current);
    held.current = new Map(next.kind === "ok" ? next.files.map((f) => [f.id, f.bytes]) : []);
    setOpened(next);
  }, [repo, id]);
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
  const keys = useFileKeys(opened);
  const preRead = usePreRead(opened, keys);
  const readFile = useFileReader(keys);
  const fresh = useMemo(
    () => (opened?.kind === "ok" && preRead ? evaluate(opened.collection, opened.files, preRead, readFile) : null),
    [opened, preRead, readFile],
  );
  // Without it the table and sums would vanish for the moment a new file's reader runs, and the table's sorting,
  // filters and scroll position with them (found with 500 units: each added file rebuilt all 500 rows).
  const [shown, setShown] = useState<{ id: string; evaluation: Evaluation } | null>(null);
  if (fresh && (shown?.evaluation !== fresh || shown.id !== id)) setShown({ id, evaluation: fresh });
  const kept = shown?.id === id && opened?.kind === "ok" ? shown.evaluation : null;
  return { opened, evaluation: fresh ?? kept, reading: opened?.kind === "ok" && fresh === null, error, run };
}
