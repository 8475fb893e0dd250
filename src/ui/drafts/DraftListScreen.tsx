import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  acquireDraftLock,
  applyRestore,
  type ConflictChoice,
  type DraftListing,
  type DraftRepository,
  type DraftSummary,
  FAILURE_MESSAGE,
  filterDrafts,
  MAX_BACKUP_BYTES,
  openDraftChannel,
  type QuarantinedRecord,
  type RestorePlan,
  type StorageFailure,
  startRestore,
  TRASH_DAYS,
  writeFailureMessage,
} from "../../drafts";
import { blankReport, rollForward } from "../../report";
import { ConfirmDialog } from "../common/Dialog";
import { ErrorBoundary } from "../common/ErrorBoundary";
import type { OnImport } from "../io/ImportDialog";
import { ImportDialog } from "../io/lazyImportDialog";
import { Banner } from "./Banner";
import { downloadBackup } from "./backupActions";
import { type DraftActions, DraftTable } from "./DraftTable";
import { copyName, draftTitle } from "./draftLabels";
import { QuarantineList } from "./QuarantineList";
import { RestoreDialog } from "./RestoreDialog";
import { TrashTable } from "./TrashTable";

interface DraftListScreenProps {
  repo: DraftRepository;
  memoryFailure: StorageFailure | null;
  onOpen: (id: string) => void;
  /** More buttons for the header, after the screen's own (e.g. opening a review file). */
  headerActions?: ReactNode;
}

type Pending =
  | { kind: "purge"; summary: DraftSummary }
  | { kind: "delete-quarantined"; record: QuarantinedRecord }
  | { kind: "restore"; plan: RestorePlan };

/** The home screen: every draft with its state, and what can be done with drafts. */
export function DraftListScreen({ repo, memoryFailure, onOpen, headerActions }: DraftListScreenProps) {
  const [listing, setListing] = useState<DraftListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [organ, setOrgan] = useState("");
  const [showTrash, setShowTrash] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);

  const refresh = useCallback(async () => {
    performance.mark("drafts:list-requested");
    try {
      const next = await repo.list();
      performance.mark("drafts:list-read");
      setListing(next);
      setError(null);
    } catch (failure) {
      console.error("listing drafts failed", failure);
      setError("读取草稿列表失败：浏览器存储出错。请刷新页面重试；如仍失败，请关闭其他标签页后再试。");
    }
  }, [repo]);

  const channel = useRef<ReturnType<typeof openDraftChannel> | null>(null);
  useEffect(() => {
    // Housekeeping first (stores rebuilt summaries, empties old trash); the list shows either way.
    void repo
      .housekeep()
      .catch((failure: unknown) => console.error("draft housekeeping failed", failure))
      .then(refresh);
    channel.current = openDraftChannel((message) => {
      if (message.type === "list-changed" || message.type === "saved") void refresh();
    });
    return () => channel.current?.close();
  }, [repo, refresh]);

  useEffect(() => {
    if (listing) performance.mark("drafts:list-rendered");
  }, [listing]);

  const changed = useCallback(async () => {
    channel.current?.post({ type: "list-changed" });
    await refresh();
  }, [refresh]);

  /** Runs a storage action; a failure says which action, why, and what to do (never silent). */
  const run = useCallback(async (work: () => Promise<void>, action = "操作") => {
    try {
      await work();
    } catch (failure) {
      console.error("draft action failed", failure);
      setNotice(writeFailureMessage(action, failure, "草稿没有改动"));
    }
  }, []);

  const actions: DraftActions = useMemo(
    () => ({
      open: onOpen,
      duplicate: (summary) =>
        void run(async () => {
          const copy = await repo.duplicate(summary.id, copyName(summary));
          await changed();
          setNotice(
            copy
              ? `已复制“${draftTitle(summary)}”，新草稿“${copyName(summary)}”在列表最上方，可点“重命名”改名。`
              : "这份草稿无法读取，没有复制。",
          );
        }),
      rename: (summary, name) =>
        void run(async () => {
          const done = await repo.rename(summary.id, name);
          await changed();
          const renamed = draftTitle({ ...summary, name: name.trim() || null });
          setNotice(done ? `已改名为“${renamed}”。` : "这份草稿无法读取，没有改名。");
        }, "改名"),
      nextYear: (summary) =>
        void run(async () => {
          const opened = await repo.open(summary.id);
          if (opened.kind !== "ok") {
            setNotice("这份草稿无法读取，不能据此生成下一年度报告。");
            return;
          }
          const last = opened.envelope.report;
          const next = await repo.createDraftFrom(rollForward(last), {
            baseline: { sourceId: summary.id, report: last },
          });
          await changed();
          onOpen(next.id);
        }),
      trash: (summary) =>
        void run(async () => {
          const lock = await acquireDraftLock({ id: summary.id, steal: false, onLost: () => {} });
          if (!lock) {
            setNotice(
              `“${draftTitle(summary)}”正在另一个标签页中编辑，没有删除。请先在那个标签页返回草稿列表，再删除。`,
            );
            return;
          }
          try {
            await repo.trash(summary.id);
          } finally {
            lock.release();
          }
          await changed();
          setNotice(`已把“${draftTitle(summary)}”移到回收站，${TRASH_DAYS} 天内可恢复。`);
        }),
    }),
    [repo, onOpen, run, changed],
  );

  const create = () =>
    void run(async () => {
      const draft = await repo.createDraftFrom(blankReport());
      await changed();
      onOpen(draft.id);
    });

  const importAsNew: OnImport = (report, context) =>
    void run(async () => {
      const draft = await repo.createDraftFrom(report, { context });
      setImporting(false);
      await changed();
      onOpen(draft.id);
    }, "导入（新建草稿）");

  const restoreFile = (file: File) =>
    void run(async () => {
      if (file.size > MAX_BACKUP_BYTES) {
        setNotice(
          `文件太大（超过 ${MAX_BACKUP_BYTES / 2 ** 20} MB），本工具一次不能读入，没有恢复。请确认选择的是“备份全部草稿”下载的文件。本机草稿没有任何改动。`,
        );
        return;
      }
      const started = await startRestore(repo, await file.text());
      if (!started.ok) setNotice(started.message);
      else if (started.plan.conflicts.length > 0) setPending({ kind: "restore", plan: started.plan });
      else await finishRestore(started.plan, new Map());
    });

  const finishRestore = async (plan: RestorePlan, choices: Map<string, ConflictChoice>) => {
    setPending(null);
    const outcome = await applyRestore(repo, plan, choices);
    await changed();
    setNotice(outcome.message);
  };

  const all = listing?.drafts ?? [];
  const trash = all.filter((s) => s.deletedAt);
  const live = all.filter((s) => !s.deletedAt);
  const years = [...new Set(live.map((s) => s.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const organs = [...new Set(live.map((s) => s.organ).filter(Boolean))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  const shown = useMemo(() => filterDrafts(all, { year, organ }), [all, year, organ]);

  return (
    <div className="drafts-screen drafts-home">
      <header className="drafts-header">
        <span className="app-name">年报编制</span>
        <h1>{showTrash ? "回收站" : "草稿列表"}</h1>
        <div className="drafts-header-actions">
          <button type="button" className="primary" onClick={create}>
            新建报告
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            导入
          </button>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const holds = await downloadBackup(repo);
                setNotice(`已下载备份文件（${holds}）。请把它保存到电脑或U盘：清除浏览器数据后可用“从备份恢复”找回。`);
              })
            }
          >
            备份全部草稿
          </button>
          <label className="file-button">
            从备份恢复
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = "";
                if (file) restoreFile(file);
              }}
            />
          </label>
          <button type="button" onClick={() => setShowTrash(!showTrash)} aria-pressed={showTrash}>
            {showTrash ? "返回草稿列表" : `回收站（${trash.length}）`}
          </button>
          {headerActions}
        </div>
      </header>
      {memoryFailure && <Banner tone="error">{FAILURE_MESSAGE[memoryFailure]}</Banner>}
      {error && <Banner tone="error">{error}</Banner>}
      {notice && (
        <Banner
          tone="info"
          actions={
            <button type="button" onClick={() => setNotice(null)}>
              知道了
            </button>
          }
        >
          {notice}
        </Banner>
      )}
      <main className="drafts-main">
        {!listing && !error && <p className="drafts-loading">正在读取草稿…</p>}
        {listing && showTrash && (
          <TrashTable
            drafts={trash}
            onRestore={(summary) =>
              void run(async () => {
                await repo.restoreFromTrash(summary.id);
                await changed();
                setNotice(`已恢复“${draftTitle(summary)}”。`);
              })
            }
            onPurge={(summary) => setPending({ kind: "purge", summary })}
          />
        )}
        {listing && !showTrash && (
          <>
            <div className="drafts-filters">
              <label>
                年度
                <select
                  aria-label="按年度筛选"
                  value={year ?? ""}
                  onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}
                >
                  <option value="">全部年度</option>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                机关
                <select aria-label="按机关筛选" value={organ} onChange={(e) => setOrgan(e.target.value)}>
                  <option value="">全部机关</option>
                  {organs.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </label>
              <span className="drafts-count">
                共 {shown.length} 份{shown.length !== live.length && `（全部 ${live.length} 份）`}
              </span>
            </div>
            {live.length === 0 ? (
              <p className="drafts-empty">还没有草稿。点击“新建报告”开始填写，或“从备份恢复”找回以前的草稿。</p>
            ) : (
              <DraftTable drafts={shown} actions={actions} />
            )}
            <ErrorBoundary what="无法读取的记录" repo={repo}>
              <QuarantineList
                records={listing.quarantined}
                onDelete={(record) => setPending({ kind: "delete-quarantined", record })}
              />
            </ErrorBoundary>
          </>
        )}
      </main>
      {importing && <ImportDialog onClose={() => setImporting(false)} onImport={importAsNew} />}
      {pending?.kind === "restore" && (
        <RestoreDialog
          plan={pending.plan}
          onConfirm={(choices) => void run(() => finishRestore(pending.plan, choices))}
          onClose={() => {
            setPending(null);
            setNotice("已取消恢复，本机草稿没有任何改动。");
          }}
        />
      )}
      {pending?.kind === "purge" && (
        <ConfirmDialog
          title="永久删除草稿"
          confirmLabel="永久删除"
          onClose={() => setPending(null)}
          onConfirm={() =>
            void run(async () => {
              setPending(null);
              await repo.purge(pending.summary.id);
              await changed();
              setNotice(`已永久删除“${draftTitle(pending.summary)}”。`);
            })
          }
        >
          <p>“{draftTitle(pending.summary)}”将被永久删除，无法恢复。如不确定，请先“备份全部草稿”。</p>
        </ConfirmDialog>
      )}
      {pending?.kind === "delete-quarantined" && (
        <ConfirmDialog
          title="删除无法打开的记录"
          confirmLabel="删除记录"
          onClose={() => setPending(null)}
          onConfirm={() =>
            void run(async () => {
              setPending(null);
              await repo.deleteQuarantined(pending.record.id);
              await changed();
            })
          }
        >
          <p>记录 {pending.record.id} 将被删除，原始内容无法再导出。如需保留，请先点击“导出原始内容”。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
