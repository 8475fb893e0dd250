import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { type Report, reportFileName } from "../../report";
import { EXPORT_FAILED, exportedMessage } from "../common/exportMessages";
import { downloadText } from "../common/files";
import { lazyView, useOnFirstUse } from "../common/firstUse";
import { useCurrentFindings } from "../editor/findingsContext";
import { useExportNotice } from "../publish/ExportNotice";
import type { OnImport } from "./ImportDialog";
import { ImportDialog } from "./lazyImportDialog";
import "./io.css";

const PreviewDialog = lazyView(() => import("./MarkdownPreview").then((m) => m.PreviewDialog));

/** The writers are loaded on the first export. Cells not read: Markdown leaves them empty, JSON null without totals. */
function loadWriter(extension: "md" | "json"): Promise<(report: Report, unknown: ReadonlySet<string>) => string> {
  return extension === "md"
    ? import("../../formats/markdownExport").then((m) => m.toMarkdown)
    : import("../../formats/json").then((m) => (report: Report, unknown) => m.toJson(report, undefined, unknown));
}

/**
 * 导入, 导出 Markdown, 导出 JSON and 预览 Markdown (the page preview is 页面预览, PublishMenu), for the editor's
 * toolbar (inside its form context). Exports go through the same notice as 导出 Word: an unfinished report only
 * after 仍然导出.
 */
export function IoToolbar({ onImport }: { onImport: OnImport }) {
  const { getValues } = useFormContext<Report>();
  const current = useCurrentFindings();
  const [open, setOpen] = useState<"import" | "preview" | null>(null);
  const [message, setMessage] = useState("");
  const { load, failure } = useOnFirstUse();
  const { ask, notice } = useExportNotice();
  const close = () => setOpen(null);

  async function exportAs(extension: "md" | "json") {
    setMessage("");
    const report = getValues();
    const { unknown } = current();
    const write = await load(
      () => loadWriter(extension),
      () => void exportAs(extension),
    );
    if (!write) return;
    const name = reportFileName(report, extension);
    try {
      downloadText(name, write(report, unknown), extension === "md" ? "text/markdown" : "application/json");
      setMessage(exportedMessage(name));
    } catch (error) {
      console.error(error);
      setMessage(EXPORT_FAILED);
    }
  }

  const request = (extension: "md" | "json") => {
    setMessage("");
    ask(() => void exportAs(extension));
  };

  return (
    <div className="io-toolbar">
      <button type="button" onClick={() => setOpen("import")}>
        导入
      </button>
      <button type="button" onClick={() => request("md")}>
        导出 Markdown
      </button>
      <button type="button" onClick={() => request("json")}>
        导出 JSON
      </button>
      <button type="button" onClick={() => setOpen("preview")}>
        预览 Markdown
      </button>
      <span className="publish-message" aria-live="polite">
        {message}
      </span>
      {notice}
      {failure}
      {open === "import" && (
        <ImportDialog
          onClose={close}
          onImport={(report, context) => {
            close();
            onImport(report, context);
          }}
        />
      )}
      {open === "preview" && <PreviewDialog report={getValues()} onClose={close} />}
    </div>
  );
}
