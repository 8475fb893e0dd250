import { FormProvider, useForm } from "react-hook-form";
import { blankReport, type Report } from "../report";
import { DocumentTitle } from "./DocumentTitle";
import { FindingsPanel } from "./FindingsPanel";
import { FindingsProvider } from "./findingsContext";
import { ReportForm } from "./ReportForm";
import { SectionNav } from "./SectionNav";

export function App() {
  const form = useForm<Report>({ defaultValues: blankReport() });
  return (
    <FormProvider {...form}>
      <FindingsProvider>
        <div className="app">
          <header className="app-header">
            <span className="app-name">年报编制</span>
            <DocumentTitle />
          </header>
          <SectionNav />
          <main className="app-main">
            <ReportForm />
          </main>
          <FindingsPanel />
        </div>
      </FindingsProvider>
    </FormProvider>
  );
}
