import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { toJson, toMarkdown } from "../../formats";
import { type Report, reportFileName } from "../../report";
import { Dialog } from "../common/Dialog";
import { downloadText } from "../common/files";
import { ImportDialog, type OnImport } from "./ImportDialog";
import { MarkdownPreview } from "./MarkdownPreview";
import "./io.css";

/** 导入, 导出 Markdown, 导出 JSON and 预览, for the editor's toolbar (inside its form context). */
export function IoToolbar({ onImport }: { onImport: OnImport }) {
  const { getValues } = useFormContext<Report>();
  const [open, setOpen] = useState<"import" | "preview" | null>(null);
  const close = () => setOpen(null);

  function exportAs(extension: "md" | "json") {
    const report = getValues();
    const text = extension === "md" ? toMarkdown(report) : toJson(report);
    downloadText(reportFileName(report, extension), text, extension === "md" ? "text/markdown" : "application/json");
  }

  return (
    <>
      <button type="button" onClick={() => setOpen("import")}>
        导入
      </button>
      <button type="button" onClick={() => exportAs("md")}>
        导出 Markdown
      </button>
      <button type="button" onClick={() => exportAs("json")}>
        导出 JSON
      </button>
      <button type="button" onClick={() => setOpen("preview")}>
        预览
      </button>
      {open === "import" && (
        <ImportDialog
          onClose={close}
          onImport={(report, context) => {
            close();
            onImport(report, context);
          }}
        />
      )}
      {open === "preview" && (
        <Dialog title="预览（导出的 Markdown）" onClose={close} wide>
          <MarkdownPreview markdown={toMarkdown(getValues())} />
        </Dialog>
      )}
    </>
  );
}
