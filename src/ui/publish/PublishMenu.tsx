import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { type Report, reportFileName } from "../../report";
import { EXPORT_FAILED, exportedMessage } from "../common/exportMessages";
import { saveFile } from "../common/files";
import { lazyView, useOnFirstUse } from "../common/firstUse";
import { useCurrentFindings } from "../editor/findingsContext";
import { useExportNotice } from "./ExportNotice";
import "./publish.css";

const PrintView = lazyView(() => import("./PrintView").then((m) => m.PrintView));

type Action = "print" | "preview" | "docx" | "html";

/** A UTF-8 byte order mark, so a browser opening the saved fragment on its own reads it as UTF-8. */
const BOM = "\uFEFF";

/** Saves the report as a file and gives its name; cells not read print blank. */
type Writer = (report: Report, unknown: ReadonlySet<string>) => Promise<string>;

/** The writers are loaded on first use: the docx package alone is about 67 kB gzip. */
function loadWriter(action: "docx" | "html"): Promise<Writer> {
  if (action === "html") {
    return import("../../publish/html").then(({ reportHtmlFragment }) => async (report, unknown) => {
      const name = reportFileName(report, "html");
      saveFile(BOM + reportHtmlFragment(report, unknown), name, "text/html;charset=utf-8");
      return name;
    });
  }
  return import("../../publish/docx").then(({ reportDocx, DOCX_MIME }) => async (report, unknown) => {
    const name = reportFileName(report, "docx");
    saveFile(await reportDocx(report, unknown), name, DOCX_MIME);
    return name;
  });
}

/** 页面预览, 打印, 导出 Word, 导出网页: the report as a finished document. An unfinished report only after the notice. */
export function PublishMenu() {
  const { getValues } = useFormContext<Report>();
  const current = useCurrentFindings();
  const { ask, notice } = useExportNotice();
  const [printed, setPrinted] = useState<{ report: Report; unknown: ReadonlySet<string>; printNow: boolean } | null>(
    null,
  );
  const [message, setMessage] = useState("");
  const { load, failure } = useOnFirstUse();

  const run = async (action: Action) => {
    const report = structuredClone(getValues());
    const { unknown } = current();
    if (action === "print" || action === "preview") {
      setPrinted({ report, unknown, printNow: action === "print" });
      return;
    }
    setMessage("正在导出…");
    const write = await load(
      () => loadWriter(action),
      () => void run(action),
    );
    if (!write) {
      setMessage("");
      return;
    }
    try {
      setMessage(exportedMessage(await write(report, unknown)));
    } catch (error) {
      console.error(error);
      setMessage(EXPORT_FAILED);
    }
  };

  const request = (action: Action) => {
    setMessage("");
    // A preview is not yet a published document: it opens without the notice.
    if (action === "preview") return void run(action);
    ask(() => void run(action), action === "print" ? "仍然打印" : "仍然导出");
  };

  return (
    <div className="publish-menu">
      <button type="button" onClick={() => request("preview")}>
        页面预览
      </button>
      <button type="button" onClick={() => request("print")}>
        打印
      </button>
      <button type="button" onClick={() => request("docx")}>
        导出 Word
      </button>
      <button type="button" onClick={() => request("html")}>
        导出网页
      </button>
      <span className="publish-message" aria-live="polite">
        {message}
      </span>
      {notice}
      {failure}
      {printed && (
        <PrintView
          report={printed.report}
          unknown={printed.unknown}
          printNow={printed.printNow}
          onClose={() => setPrinted(null)}
        />
      )}
    </div>
  );
}
