import { useId, useState } from "react";
import type { CheckContext, Finding } from "../../checks";
import { type ImportResult, importDocument, importFile, MAX_IMPORT_BYTES, tooLargeMessage } from "../../formats";
import { htmlToText } from "../../formats/htmlText";
import type { Report } from "../../report";
import { Dialog } from "../common/Dialog";
import { readFileBytes } from "../common/files";
import "./io.css";

export type OnImport = (report: Report, context: CheckContext) => void;

function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="import-findings">
      {findings.map((f) => (
        <li key={`${f.id}:${f.cells.join(",")}`} data-check={f.id} data-severity={f.severity}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

function Summary({ result }: { result: ImportResult }) {
  if (!result.ok) {
    return (
      <div className="import-result refused">
        <p role="alert" className="import-error">
          {result.message.split("\n").map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
        <p>没有导入任何内容，当前报告没有改变。</p>
        <FindingList findings={result.findings} />
      </div>
    );
  }
  return (
    <div className="import-result" role="status">
      <h3>已读取</h3>
      <ul className="import-read">
        {result.read.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>未读取或需要核对</h3>
      {result.notRead.length === 0 ? (
        <p>无，文件中的内容全部读取。</p>
      ) : (
        <ul className="import-not-read">
          {result.notRead.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <FindingList findings={result.context.importFindings ?? []} />
    </div>
  );
}

/**
 * Import from a file (our .json or .md, or a report saved as text) or from text pasted from a web page.
 * Shows what was read and what was not; only "打开导入的报告" opens it, as a new report.
 */
export function ImportDialog({ onClose, onImport }: { onClose: () => void; onImport: OnImport }) {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pasted, setPasted] = useState("");
  const [richPaste, setRichPaste] = useState(false);
  const [reading, setReading] = useState(false);
  const fileId = useId();
  const pasteId = useId();

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setResult({ ok: false, message: tooLargeMessage(file.size), findings: [] });
      return;
    }
    setReading(true);
    try {
      setResult(await importFile(await readFileBytes(file)));
    } catch {
      setResult({ ok: false, message: "无法读取这个文件（可能已被移动或没有读取权限），请重新选择。", findings: [] });
    } finally {
      setReading(false);
    }
  }

  return (
    <Dialog
      title="导入报告"
      onClose={onClose}
      actions={
        <>
          {result?.ok && (
            <button type="button" className="primary" onClick={() => onImport(result.report, result.context)}>
              打开导入的报告
            </button>
          )}
          <button type="button" onClick={onClose}>
            取消
          </button>
        </>
      }
    >
      <p className="io-hint">导入的内容会作为一份新报告打开。先看下面读取了哪些内容，再决定是否打开。</p>
      <div className="import-source">
        <label htmlFor={fileId}>选择文件（Word 文档 .docx，本工具导出的 .json 或 .md，或保存为文本的报告）</label>
        <input
          id={fileId}
          type="file"
          accept=".docx,.json,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/markdown,text/plain"
          onChange={(e) => {
            void readFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = "";
          }}
        />
      </div>
      <div className="import-source">
        <label htmlFor={pasteId}>或粘贴报告文字（从政府网站复制的年度报告全文，包括表格）</label>
        <textarea
          id={pasteId}
          rows={6}
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            setRichPaste(false);
          }}
          onPaste={(e) => {
            // A table copied from a web page: its HTML keeps the merged cells that its plain text loses.
            const html = e.clipboardData.getData("text/html");
            if (!/<table[\s>]/i.test(html)) return;
            e.preventDefault();
            setPasted(htmlToText(html));
            setRichPaste(true);
          }}
        />
        {richPaste && (
          <p className="io-hint" role="status">
            已按网页中的表格读入粘贴的内容（合并的单元格保持在原来的行和列）。请点击“读取粘贴的文字”。
          </p>
        )}
        <button type="button" onClick={() => setResult(importDocument(pasted))}>
          读取粘贴的文字
        </button>
      </div>
      {reading && (
        <p role="status" className="io-hint">
          正在读取文件……
        </p>
      )}
      {result && !reading && <Summary result={result} />}
    </Dialog>
  );
}
