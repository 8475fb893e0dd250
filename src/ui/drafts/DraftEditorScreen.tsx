import { useMemo, useState } from "react";
import type { CheckContext } from "../../checks";
import { type DraftRepository, FAILURE_MESSAGE, type StorageFailure, writeFailureMessage } from "../../drafts";
import type { Report } from "../../report";
import { ReportEditor } from "../editor/ReportEditor";
import { ImportButton } from "../io/ImportButton";
import { PublishMenu } from "../publish/PublishMenu";
import { ReviewPanel } from "../review/ReviewPanel";
import { ShareButton } from "../review/ShareButton";
import { SubmitButton } from "../review/SubmitButton";
import { Banner } from "./Banner";
import { downloadBackup } from "./backupActions";
import { nextYearNotice } from "./nextYearNotice";
import { SaveStatus } from "./SaveStatus";
import { useDraftSession } from "./useDraftSession";

interface DraftEditorScreenProps {
  repo: DraftRepository;
  id: string;
  /** Why drafts live only in memory in this page, or null. */
  memoryFailure: StorageFailure | null;
  onBack: () => void;
  onOpen: (id: string) => void;
}

/** One draft in the editor, with its save status, the tab lock and every storage problem in plain words. */
export function DraftEditorScreen({ repo, id, memoryFailure, onBack, onOpen }: DraftEditorScreenProps) {
  const session = useDraftSession(repo, id);
  const [notice, setNotice] = useState<string | null>(null);
  const [carriedSeen, setCarriedSeen] = useState(false);
  const { opened, ownership, state } = session;
  const importNotes = opened?.kind === "ok" ? opened.envelope.importNotes : null;
  const checkContext = useMemo(
    () => ({
      lastYear: session.lastYear,
      absentTables: importNotes?.absentTables,
      importFindings: importNotes?.findings,
    }),
    [session.lastYear, importNotes],
  );

  if (!opened) return <p className="drafts-loading">正在打开草稿…</p>;
  if (opened.kind === "missing" || opened.kind === "quarantined") {
    return (
      <div className="drafts-screen">
        <Banner
          tone="error"
          actions={
            <button type="button" onClick={onBack}>
              返回草稿列表
            </button>
          }
        >
          {opened.kind === "missing"
            ? "找不到这份草稿：它可能已被永久删除。请回到草稿列表查看回收站，或从备份恢复。"
            : `这份草稿的记录已损坏，无法打开（${opened.reason}）。原始内容已放入草稿列表中的“无法打开的记录”，可导出原始文本。`}
        </Banner>
      </div>
    );
  }

  const report = opened.kind === "ok" ? opened.envelope.report : opened.report;
  const live = () => {
    const current = session.currentReport();
    return opened.kind === "ok" && current ? { envelope: opened.envelope, report: current } : null;
  };
  const backup = () =>
    void downloadBackup(repo, live()).then((count) => setNotice(`已下载备份文件（${count} 份草稿），请妥善保存。`));
  /** Writes a new draft and opens it; a failure is said, and the open draft stays as it is. */
  const createAndOpen = async (action: string, report: Report, context?: CheckContext) => {
    try {
      const draft = await repo.createDraftFrom(report, { context });
      onOpen(draft.id);
    } catch (error) {
      setNotice(writeFailureMessage(action, error, "当前草稿仍在本页面中，没有改动"));
    }
  };
  const saveAsNew = async () => {
    const current = session.currentReport();
    if (current) await createAndOpen("另存为新草稿", current);
  };
  const failure = memoryFailure ?? (state.kind === "failed" ? state.failure : null);
  const reviewOf = opened.kind === "ok" ? opened.envelope.reviewOf : null;
  // A reviewer's copy of a shared draft is read-only: the reviewer comments, the clerk edits.
  const readOnly = opened.kind === "newer" || ownership !== "self" || reviewOf !== null;

  // An import never touches the open draft: it always becomes a new one.
  const importAsNew = (imported: Report, context: CheckContext) => createAndOpen("导入（新建草稿）", imported, context);

  const toolbar = (
    <>
      <SaveStatus state={state} inMemoryOnly={memoryFailure !== null} />
      <ImportButton onImport={(imported, context) => void importAsNew(imported, context)} />
      <PublishMenu />
      {opened.kind === "ok" && !reviewOf && (
        <ShareButton
          repo={repo}
          draftId={id}
          revision={opened.envelope.revision}
          currentReport={session.currentReport}
        />
      )}
      {opened.kind === "ok" && !reviewOf && !readOnly && (
        <SubmitButton repo={repo} draftId={id} currentReport={session.currentReport} checkContext={checkContext} />
      )}
      {opened.kind === "ok" && <ReviewPanel repo={repo} draftId={id} reviewOf={reviewOf} />}
      <button type="button" onClick={onBack}>
        返回草稿列表
      </button>
    </>
  );

  return (
    <div className="drafts-screen">
      {failure && (
        <Banner
          tone="error"
          actions={
            <>
              <button type="button" onClick={backup}>
                下载备份
              </button>
              {!memoryFailure && (
                <button type="button" onClick={session.retry}>
                  重试保存
                </button>
              )}
            </>
          }
        >
          {FAILURE_MESSAGE[failure]}
        </Banner>
      )}
      {opened.kind === "newer" && (
        <Banner tone="warning">
          这份草稿由更新版本的年报编制保存（格式版本 {opened.version}
          ），本版本只能查看，不会修改它。请用最新版本的年报编制打开后再编辑。
        </Banner>
      )}
      {opened.kind === "newer" && !report && (
        <Banner
          tone="error"
          actions={
            <button type="button" onClick={onBack}>
              返回草稿列表
            </button>
          }
        >
          本版本无法显示这份新版本草稿的内容。它在浏览器中原样保留；可在草稿列表中“备份全部草稿”后用新版本打开。
        </Banner>
      )}
      {opened.kind === "ok" && ownership !== "self" && (
        <Banner
          tone="warning"
          actions={
            <button type="button" onClick={() => void session.takeOver()}>
              接管编辑
            </button>
          }
        >
          {ownership === "other" ? (
            "这份草稿正在另一个标签页中编辑。为避免两边互相覆盖，本页只读，并会随那边的保存自动更新。要在这里编辑，请点击“接管编辑”（那边会先保存再变为只读）。"
          ) : (
            <>
              另一个标签页接管了这份草稿的编辑，本页已变为只读，此前的修改都已保存。
              {session.rescuedAs && "本页最后几处未及保存的修改已另存为一份新草稿，可在草稿列表中找到。"}
            </>
          )}
        </Banner>
      )}
      {state.kind === "conflict" && (
        <Banner
          tone="error"
          actions={
            <>
              <button type="button" onClick={() => void saveAsNew()}>
                把本页内容另存为新草稿
              </button>
              <button type="button" onClick={() => void session.reload()}>
                载入已保存的最新版本
              </button>
            </>
          }
        >
          这份草稿已在别处保存了更新的版本（另一个标签页，或从备份恢复）。为避免覆盖，本页的修改没有写入。请把本页内容另存为新草稿，或放弃本页修改、载入最新版本。
        </Banner>
      )}
      {opened.kind === "ok" &&
        opened.migratedFrom !== null &&
        state.kind === "saved" &&
        state.savedAt === opened.envelope.savedAt && (
          <Banner tone="info">
            这份草稿由旧版本保存（格式版本 {opened.migratedFrom}），已按新格式打开；原记录保留不变，直到第一次保存。
          </Banner>
        )}
      {session.recovered && (
        <Banner tone="info">
          {session.recovered === "resumed"
            ? "上次关闭页面前有几处修改没来得及保存，已恢复到本页并重新保存。"
            : "上次关闭页面前有几处未保存的修改，而这份草稿此后已在别处更新；为不覆盖任何一边，那些修改已另存为一份新草稿，可在草稿列表中找到。"}
        </Banner>
      )}
      {notice && <Banner tone="info">{notice}</Banner>}
      {opened.kind === "ok" && opened.envelope.baseline && opened.envelope.revision === 1 && !carriedSeen && (
        <Banner
          tone="info"
          actions={
            <button type="button" onClick={() => setCarriedSeen(true)}>
              知道了
            </button>
          }
        >
          {nextYearNotice(opened.envelope.baseline.report)}
        </Banner>
      )}
      {reviewOf && (
        <Banner tone="info">
          这是别人分享给您审阅的只读副本，不会改动任何人的草稿。请在“审阅意见”中写意见，然后点击“退回意见”发回给填报人。
        </Banner>
      )}
      {report && (
        <ReportEditor
          key={`${id}:${session.generation}`}
          initialReport={report}
          onChange={session.change}
          toolbar={toolbar}
          readOnly={readOnly}
          checkContext={checkContext}
        />
      )}
    </div>
  );
}
