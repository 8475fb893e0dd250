import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { CheckContext } from "../../checks";
import type { Report } from "../../report";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { DocumentTitle } from "./DocumentTitle";
import { ReadOnlyContext } from "./editorMode";
import { FindingsPanel, FindingsToggle } from "./FindingsPanel";
import { FindingsProvider } from "./findingsContext";
import { HistoryProvider, UndoButtons } from "./history";
import { LastYearContext } from "./lastYear";
import { ReportForm } from "./ReportForm";
import { REVIEW_DOCK_ID } from "./reviewDock";
import { SectionNav } from "./SectionNav";
import { useTextFieldHistory } from "./textHistory";

export interface ReportEditorProps {
  /** The report to start from; remount (change `key`) to open another one. */
  initialReport: Report;
  /** Called after every change with the whole report as entered. */
  onChange?: (report: Report) => void;
  /** Extra controls for the header (export, import, save state…); they render inside the form context. */
  toolbar?: ReactNode;
  /** Show the report without letting it be changed. */
  readOnly?: boolean;
  /** What the checks need beyond the report (last year's report, deadlines…). */
  checkContext?: CheckContext;
}

/**
 * The toolbar reaches the header through a context set outside the form: when the screen around the editor
 * re-renders (its save status changes after every edit), only the toolbar re-renders, not the form, whose
 * fields all read react-hook-form's context.
 */
const ToolbarContext = createContext<ReactNode>(null);

function Toolbar() {
  return useContext(ToolbarContext);
}

/**
 * Header, navigation, form and findings, filling the window: the header stays at the top, and the navigation, the
 * form and the findings each scroll on their own, so the findings are always in view (on a narrow screen, one
 * click away in a drawer). Key and focus events of every field pass through here for undo.
 */
function EditorLayout({ readOnly }: { readOnly: boolean }) {
  const textHistory = useTextFieldHistory();
  const [sideOpen, setSideOpen] = useState(false);
  const closeSide = useCallback(() => setSideOpen(false), []);
  return (
    <div className={sideOpen ? "app side-open" : "app"} {...(readOnly ? {} : textHistory)}>
      <header className="app-header">
        <span className="app-name">年报编制</span>
        <DocumentTitle />
        <div className="toolbar">
          {!readOnly && <UndoButtons />}
          <Toolbar />
          <FindingsToggle open={sideOpen} onToggle={() => setSideOpen(!sideOpen)} />
        </div>
      </header>
      <SectionNav />
      <main className="app-main" id="report-main">
        <ReportForm />
      </main>
      <div className="side-panel" id="side-panel">
        <ErrorBoundary what="检查结果">
          <FindingsPanel onActivate={closeSide} />
        </ErrorBoundary>
      </div>
      <div className="review-dock" id={REVIEW_DOCK_ID} />
    </div>
  );
}

/** The editing screen for one report: header, section navigation, the form and the findings. */
export function ReportEditor({ initialReport, onChange, toolbar, readOnly = false, checkContext }: ReportEditorProps) {
  const form = useForm<Report>({ defaultValues: initialReport });
  useEffect(() => {
    if (!onChange) return;
    const subscription = form.watch((values) => onChange(values as Report));
    return () => subscription.unsubscribe();
  }, [form, onChange]);
  const editor = useMemo(
    () => (
      <FormProvider {...form}>
        <ReadOnlyContext.Provider value={readOnly}>
          <FindingsProvider context={checkContext}>
            <LastYearContext.Provider value={checkContext?.lastYear}>
              <HistoryProvider>
                <EditorLayout readOnly={readOnly} />
              </HistoryProvider>
            </LastYearContext.Provider>
          </FindingsProvider>
        </ReadOnlyContext.Provider>
      </FormProvider>
    ),
    [form, readOnly, checkContext],
  );
  return <ToolbarContext.Provider value={toolbar}>{editor}</ToolbarContext.Provider>;
}
