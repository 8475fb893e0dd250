import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { type Report, reportFileName } from "../../report";
import { EXPORT_FAILED, exportedMessage } from "../common/exportMessages";
import { saveFile } from "../common/files";
import { lazyView, useOnFirstUse } from "../common/firstUse";
import { MenuButton } from "../common/MenuButton";
import { useCurrentFindings } from "../editor/findingsContext";
import { useExportNotice } from "./ExportNotice";
import "./publish.css";

const PrintView = lazyView(() => import("./PrintView").then((m) => m.PrintView));
const MarkdownPreview = lazyView(() => import("../io/MarkdownPreview").then((m) => m.PreviewDialog));

type Action = "print" | "preview" | "docx" | "html" | "md" | "json";
type FileAction = Exclude<Action, "print" | "preview">;

/** A UTF-8 byte order mark, so a browser opening the saved fragment on its own reads it as UTF-8. */
const BOM = "\uFEFF";

/** Saves the report as a file and gives its name; cells not read print blank. */
type Writer = (report: Report, unknown: ReadonlySet<string>) => Promise<string>;

/** A file's content from the report, and its type. */
interface Format {
  render: (report: Report, unknown: ReadonlySet<string>) => BlobPart | Promise<BlobPart>;
  type: string;
}

/**
 * The formats' code, loaded on first use: the docx package alone is about 67 kB gzip. Cells not read print blank;
 * JSON has them null, without the totals over them.
 */
const FORMATS: Record<FileAction, () => Promise<Format>> = {
  md: () =>
    import("../../formats/markdownExport").then(({ toMarkdown }) => ({
      render: toMarkdown,
      type: "text/markdown;charset=utf-8",
    })),
  json: () =>
    import("../../formats/json").then(({ toJson }) => ({
      render: (report, unknown) => toJson(report, undefined, unknown),
      type: "application/json;charset=utf-8",
    })),
  html: () =>
    import("../../publish/html").then(({ reportHtmlFragment }) => ({
      render: (report, unknown) => BOM + reportHtmlFragment(report, unknown),
      type: "text/html;charset=utf-8",
    })),
  docx: () =>
    import("../../publish/docx").then(({ reportDocx, DOCX_MIME }) => ({ render: reportDocx, type: DOCX_MIME })),
};

function loadWriter(action: FileAction): Promise<Writer> {
  return FORMATS[action]().then(({ render, type }) => async (report, unknown) => {
    const name = reportFileName(report, action);
    saveFile(await render(report, unknown), name, type);
    return name;
  });
}

/**
 * 页面预览, 打印 and 导出 ▾ (Word, 网页, Markdown, JSON, and 预览 Markdown): every way the report leaves the editor,
 * in one place with one notice (an unfinished report only after 仍然导出) and one message line.
 */
export function PublishMenu() {
  const { getValues } = useFormContext<Report>();
  const current = useCurrentFindings();
  const { ask, notice } = useExportNotice();
  const [printed, setPrinted] = useState<{ report: Report; unknown: ReadonlySet<string>; printNow: boolean } | null>(
    null,
  );
  const [markdownShown, setMarkdownShown] = useState(false);
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
      <MenuButton label="导出">
        <button type="button" onClick={() => request("docx")}>
          导出 Word
        </button>
        <button type="button" onClick={() => request("html")}>
          导出网页
        </button>
        <button type="button" onClick={() => request("md")}>
          导出 Markdown
        </button>
        <button type="button" onClick={() => request("json")}>
          导出 JSON
        </button>
        <button type="button" onClick={() => setMarkdownShown(true)}>
          预览 Markdown
        </button>
      </MenuButton>
      <span className="publish-message" aria-live="polite">
        {message}
      </span>
      {!printed && notice}
      {failure}
      {markdownShown && <MarkdownPreview report={getValues()} onClose={() => setMarkdownShown(false)} />}
      {printed && (
        <PrintView
          report={printed.report}
          unknown={printed.unknown}
          printNow={printed.printNow}
          askFirst={ask}
          notice={notice}
          onClose={() => setPrinted(null)}
        />
      )}
    </div>
  );
}
