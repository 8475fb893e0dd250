import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { toJson, toMarkdown } from "../../formats";
import type { Report } from "../../report";
import { downloadText, exportFileName } from "./download";
import { ImportDialog, type OnImport } from "./ImportDialog";
import { MarkdownPreview } from "./MarkdownPreview";
import { Modal } from "./Modal";
import "./io.css";

/** 导入, 导出 Markdown, 导出 JSON and 预览, for the editor's toolbar (inside its form context). */
export function IoToolbar({ onImport }: { onImport: OnImport }) {
  const { getValues } = useFormContext<Report>();
  const [open, setOpen] = useState<"import" | "preview" | null>(null);
  const close = () => setOpen(null);

  function exportAs(extension: "md" | "json") {
    const report = getValues();
    const text = extension === "md" ? toMarkdown(report) : toJson(report);
    downloadText(exportFileName(report, extension), text, extension === "md" ? "text/markdown" : "application/json");
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
        <Modal title="预览（导出的 Markdown）" onClose={close} wide>
          <MarkdownPreview markdown={toMarkdown(getValues())} />
        </Modal>
      )}
    </>
  );
}
