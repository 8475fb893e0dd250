import type { RowSelectionState } from "@tanstack/react-table";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Collection, type RosterUnit, rosterText, type SetAside, statusRows } from "../../collect";
import type { CollectionRepository, DraftRepository, IncomingFile } from "../../drafts";
import { ORGAN_TYPES } from "../../template";
import { Banner } from "../drafts/Banner";
import { FilesPanel } from "./FilesPanel";
import { RosterPanel } from "./RosterPanel";
import { SimilarityPanel } from "./SimilarityPanel";
import { INITIAL_STATUS_VIEW, StatusTable, type StatusView } from "./StatusTable";
import { SumsPanel } from "./SumsPanel";
import { UnitView } from "./UnitView";
import { useCollection } from "./useCollection";
import { useNotesStates } from "./useNotesStates";
import { useSimilarity } from "./useSimilarity";

/** The 区/县政府 itself (县级以上人民政府): compared with its units' sum, not added into it. */
const [GOVERNMENT] = ORGAN_TYPES;

const NONE_SET_ASIDE: SetAside[] = [];

/** One collection: roster, files, 报送情况, 合计 and 文字相似度; a unit opens read-only in the editor. */
interface WorkspaceProps {
  repo: CollectionRepository;
  /** Where the office's notes on units are kept (review records) and signed. */
  drafts: DraftRepository;
  id: string;
  onBack: () => void;
}

export function Workspace({ repo, drafts, id, onBack }: WorkspaceProps) {
  const { opened, evaluation, reading, error, run } = useCollection(repo, id);
  const [openUnit, setOpenUnit] = useState<string | null>(null);
  const notes = useNotesStates(repo, id, evaluation, openUnit);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [view, setView] = useState<StatusView>(INITIAL_STATUS_VIEW);
  const place = useRef(0);
  const [others, setOthers] = useState<Collection[]>([]);
  useEffect(() => {
    // Only to offer their rosters: a list that cannot be read offers none, and says nothing more.
    repo
      .list()
      .then((listing) => setOthers(listing.collections.filter((c) => c.id !== id)))
      .catch(() => setOthers([]));
  }, [repo, id]);
  const seen = useRef(new Set<string>());
  // Stable, so ticking a unit for 合计 re-renders neither the files nor the similarity panel.
  const onAdd = useCallback((files: IncomingFile[]) => void run(() => repo.addFiles(id, files)), [run, repo, id]);
  const onAssign = useCallback(
    (fileId: string, unit: string | null) => void run(() => repo.assign(id, fileId, unit)),
    [run, repo, id],
  );
  const onSaveRoster = useCallback(
    (roster: RosterUnit[]) => void run(() => repo.setRoster(id, roster)),
    [run, repo, id],
  );
  const onRemove = useCallback((fileId: string) => void run(() => repo.removeFile(id, fileId)), [run, repo, id]);
  const counted = useMemo(
    () =>
      (evaluation?.entries ?? []).flatMap((e) =>
        [e.current, e.lastYear].flatMap((r) => (r ? [{ unit: e.unit.name, read: r }] : [])),
      ),
    [evaluation],
  );
  const similarity = useSimilarity(evaluation);
  const rows = useMemo(
    () =>
      evaluation
        ? statusRows(evaluation, similarity.similarity).map((r) => ({ ...r, review: notes.get(r.unit) ?? "" }))
        : [],
    [evaluation, similarity.similarity, notes],
  );
  // Memoised so the sums are recomputed when the units or the selection change, not on every render.
  const { government, selected } = useMemo(() => {
    const entries = evaluation?.entries ?? [];
    const government = entries.find((e) => e.current && e.unit.organType === GOVERNMENT) ?? null;
    return { government, selected: entries.filter((e) => e.current && selection[e.unit.name] && e !== government) };
  }, [evaluation, selection]);

  // A unit whose report arrives is selected for 合计 once; unticking it later is the office's choice and stays.
  useEffect(() => {
    const arrived = rows.filter((r) => r.received && !seen.current.has(r.unit)).map((r) => r.unit);
    if (arrived.length === 0) return;
    for (const unit of arrived) seen.current.add(unit);
    setSelection((s) => ({ ...s, ...Object.fromEntries(arrived.map((u) => [u, true])) }));
  }, [rows]);

  if (!opened) return <p className="drafts-loading">正在打开汇总…</p>;
  if (opened.kind !== "ok") {
    const message =
      opened.kind === "missing"
        ? "这个汇总已不存在（可能已在其他标签页删除）。"
        : opened.kind === "newer"
          ? "这个汇总由更新版本的本工具保存，本版本不能打开。请使用最新版本。"
          : `这个汇总无法读取：${opened.reason}。记录保持原样。`;
    return (
      <div className="drafts-screen collect-screen">
        <Banner tone="error">{message}</Banner>
        <button type="button" onClick={onBack}>
          返回汇总列表
        </button>
      </div>
    );
  }
  const { collection } = opened;
  const entries = evaluation?.entries ?? [];
  const unitEntry = openUnit ? entries.find((e) => e.unit.name === openUnit && e.current) : undefined;
  if (unitEntry)
    return <UnitView entry={unitEntry} drafts={drafts} collectionId={id} onBack={() => setOpenUnit(null)} />;

  const missing = rows.filter((r) => !r.received);
  return (
    <div className="drafts-screen collect-screen">
      <header className="drafts-header">
        <span className="app-name">年报编制</span>
        <h1>
          {collection.name}（{collection.year ?? "未填"}年度）
        </h1>
        <div className="drafts-header-actions">
          <button type="button" onClick={onBack}>
            返回汇总列表
          </button>
        </div>
      </header>
      {error && <Banner tone="error">{error}</Banner>}
      {opened.missingFiles.length > 0 && (
        <Banner tone="warning">
          浏览器中找不到以下文件的内容，请重新添加：{opened.missingFiles.map((f) => f.fileName).join("、")}。
        </Banner>
      )}
      <main className="drafts-main collect-main">
        <RosterPanel
          // Reset only when the stored roster changes, so adding files never wipes a roster being typed.
          key={rosterText(collection.roster)}
          roster={collection.roster}
          others={others}
          onSave={onSaveRoster}
        />
        <FilesPanel
          counted={counted}
          roster={collection.roster}
          setAside={evaluation?.setAside ?? NONE_SET_ASIDE}
          onAdd={onAdd}
          onAssign={onAssign}
          onRemove={onRemove}
        />
        <section className="collect-panel" aria-labelledby="collect-status">
          <h2 id="collect-status">报送情况</h2>
          <p className="collect-hint" aria-live="polite">
            {reading ? "正在读取新添加的文件，读完后表格和合计随之更新…" : ""}
          </p>
          {missing.length > 0 && (
            <p className="collect-missing-list">
              未报送（{missing.length}个）：{missing.map((r) => r.unit).join("、")}
            </p>
          )}
          {rows
            .filter((r) => r.submitted?.problem)
            .map((r) => (
              <p key={r.unit} role="alert" className="collect-missing-list">
                {r.unit}：{r.submitted?.problem}
              </p>
            ))}
          {rows.length === 0 ? (
            <p>先在上面填写应报送单位名单并保存。</p>
          ) : (
            <StatusTable
              rows={rows}
              selection={selection}
              onSelection={setSelection}
              view={view}
              onView={setView}
              place={place}
              onOpen={setOpenUnit}
            />
          )}
        </section>
        <SumsPanel units={selected} government={government} name={collection.name} />
        <SimilarityPanel entries={entries} state={similarity} />
      </main>
    </div>
  );
}
