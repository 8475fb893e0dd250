import { useCallback, useState } from "react";
import type { CheckContext } from "../checks";
import { blankReport, type Report } from "../report";
import { ReportEditor } from "./editor/ReportEditor";
import { IoToolbar } from "./io/IoToolbar";
import { PublishMenu } from "./publish/PublishMenu";

interface OpenReport {
  /** Changes whenever another report is opened, so the editor remounts with it. */
  key: number;
  report: Report;
  context?: CheckContext;
}

/** The app shell: decides which report is open. */
export function App() {
  const [open, setOpen] = useState<OpenReport>(() => ({ key: 0, report: blankReport() }));
  const onImport = useCallback((report: Report, context: CheckContext) => {
    setOpen((current) => ({ key: current.key + 1, report, context }));
  }, []);
  return (
    <ReportEditor
      key={open.key}
      initialReport={open.report}
      checkContext={open.context}
      toolbar={
        <>
          <IoToolbar onImport={onImport} />
          <PublishMenu />
        </>
      }
    />
  );
}
