import { type DragEvent, memo, type ReactNode, useEffect, useRef, useState } from "react";
import type { CollectionFile, ReadReport, RosterUnit, SetAside } from "../../collect";
import type { IncomingFile } from "../../drafts";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "../../formats";
import { readFileBytes } from "../common/files";

export interface FilesPanelProps {
  /** Files counted for a unit (this year's or last year's report). */
  counted: { unit: string; read: ReadReport }[];
  roster: RosterUnit[];
  setAside: SetAside[];
  onAdd: (files: IncomingFile[]) => void;
  onAssign: (fileId: string, unit: string | null) => void;
  onRemove: (fileId: string) => void;
}

/** The chosen files' bytes; one far larger than any report is not read or stored, and is named with the reason. */
async function incoming(list: FileList | null): Promise<{ files: IncomingFile[]; refused: string[] }> {
  const all = [...(list ?? [])];
  const refused = all
    .filter((f) => f.size > MAX_IMPORT_BYTES)
    .map((f) => `${f.name}：${tooLargeMessage(f.size).replace("未导入", "未添加")}`);
  const files = await Promise.all(
    all
      .filter((f) => f.size <= MAX_IMPORT_BYTES)
      .map(async (f) => ({ fileName: f.name, bytes: await readFileBytes(f) })),
  );
  return { files, refused };
}

interface FileRow {
  file: CollectionFile;
  detail: string;
  actions: ReactNode;
}

/** Files with one column of detail (their unit, or why they are not counted) and what can be done with each. */
function FileTable({
  label,
  caption,
  detail,
  rows,
}: {
  label: string;
  caption?: string;
  detail: string;
  rows: FileRow[];
}) {
  return (
    <table className="collect-table" aria-label={label}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">文件</th>
          <th scope="col">{detail}</th>
          <th scope="col">处理</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.file.id}>
            <th scope="row">{row.file.fileName}</th>
            <td>{row.detail}</td>
            <td>{row.actions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A counted file's unit, changed only when asked: a list of every roster unit in each of 500 rows was 250 000
 * `<option>`s, 14 s to open the table.
 */
function Reassign({ file, select }: { file: CollectionFile; select: () => ReactNode }) {
  const [choosing, setChoosing] = useState(false);
  if (choosing) return select();
  return (
    <button type="button" onClick={() => setChoosing(true)} aria-label={`改选${file.fileName}属于的单位`}>
      改选单位
    </button>
  );
}

/**
 * 收到的文件: choose or drop many at once; what is not counted is listed with the reason and can be assigned by hand.
 * Memoised: ticking a unit for 合计 re-renders the workspace, and this panel holds a unit list per counted file.
 */
export const FilesPanel = memo(function FilesPanel({
  counted,
  roster,
  setAside,
  onAdd,
  onAssign,
  onRemove,
}: FilesPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // The counted files' table (500 rows for 500 units) only when shown.
  const [countedOpen, setCountedOpen] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const take = (list: FileList | null) =>
    incoming(list)
      .then(({ files, refused }) => {
        setRefused(refused);
        if (files.length > 0) onAdd(files);
      })
      .catch(() => setRefused(["浏览器没能读取所选的文件（文件可能已被移动或正在被其他程序使用）。请重新选择。"]));
  // A file dropped beside the zone would otherwise be opened by the browser in place of the app.
  useEffect(() => {
    const keep = (event: Event) => event.preventDefault();
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);
  /** `blank`: what the empty choice means here (no unit yet, or back to matching by name). */
  const unitSelect = (file: CollectionFile, blank: string, focus = false) => (
    <select
      // biome-ignore lint/a11y/noAutofocus: shown in place of the 改选单位 button just pressed, focus stays there
      autoFocus={focus}
      aria-label={`${file.fileName}属于哪个单位`}
      value={file.assignedUnit ?? ""}
      onChange={(e) => onAssign(file.id, e.target.value || null)}
    >
      <option value="">{blank}</option>
      {roster.map((u) => (
        <option key={u.name} value={u.name}>
          {u.name}
        </option>
      ))}
    </select>
  );
  const remove = (file: CollectionFile) => (
    <button type="button" onClick={() => onRemove(file.id)} aria-label={`移除${file.fileName}`}>
      移除
    </button>
  );
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files);
  };
  return (
    <section className="collect-panel" aria-labelledby="collect-files">
      <h2 id="collect-files">收到的报告文件</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds to the button beside it */}
      <div
        className={over ? "collect-drop over" : "collect-drop"}
        data-testid="collect-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>把各单位的报告文件拖到这里（可一次拖入多个），或</p>
        <button type="button" onClick={() => input.current?.click()}>
          选择文件…
        </button>
        <p className="collect-hint">
          可读取本工具导出的 .json、.md 文件，已发布年报的文字（.txt），以及按本工具“导出表格 Excel”格式填写的 .xlsx。
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="选择各单位的报告文件"
          onChange={(e) => {
            const input = e.target;
            void take(input.files).finally(() => {
              input.value = "";
            });
          }}
        />
      </div>
      {refused.length > 0 && (
        <ul role="alert" aria-label="没有添加的文件">
          {refused.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {counted.length > 0 && (
        <details className="collect-counted" onToggle={(e) => setCountedOpen(e.currentTarget.open)}>
          <summary>已计入的文件（{counted.length}个）：对应错了可改选单位或移除</summary>
          {countedOpen && (
            <FileTable
              label="已计入的文件"
              detail="单位"
              rows={counted.map(({ unit, read }) => ({
                file: read.file,
                detail: `${unit}${read.by === "hand" ? "（手动指定）" : "（按名称对应）"}${
                  read.report.meta.year !== null ? `，${read.report.meta.year}年度` : ""
                }`,
                actions: (
                  <>
                    <Reassign file={read.file} select={() => unitSelect(read.file, "按名称自动对应", true)} />
                    {remove(read.file)}
                  </>
                ),
              }))}
            />
          )}
        </details>
      )}
      {setAside.length > 0 && (
        <FileTable
          label="未计入的文件"
          caption={`未计入的文件（${setAside.length}个）`}
          detail="原因"
          rows={setAside.map(({ file, reason, report }) => ({
            file,
            detail: reason,
            actions: (
              <>
                {report && unitSelect(file, "选择单位…")}
                {remove(file)}
              </>
            ),
          }))}
        />
      )}
    </section>
  );
});
