import { SECTIONS } from "../../template";
import { StatGrid } from "./grid/StatGrid";
import { MetaForm } from "./MetaForm";
import { ProseSection } from "./ProseSection";

/** The whole report in the template's order: metadata, then the six sections. */
export function ReportForm() {
  return (
    <form className="report" aria-label="年度报告" onSubmit={(e) => e.preventDefault()}>
      <MetaForm />
      {SECTIONS.map((section) => (
        <section key={section.key} id={section.key} className="report-section" aria-labelledby={`${section.key}-title`}>
          <h2 id={`${section.key}-title`}>{section.title}</h2>
          {section.table ? <StatGrid table={section.table} /> : <ProseSection section={section} />}
        </section>
      ))}
    </form>
  );
}
