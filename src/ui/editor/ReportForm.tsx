import { memo } from "react";
import { SECTIONS } from "../../template";
import { StatGrid } from "./grid/StatGrid";
import { MetaForm } from "./MetaForm";
import { ProseSection } from "./ProseSection";

/**
 * The whole report in the template's order: metadata, then the six sections. Memoised: it takes no props, so
 * opening the findings drawer or the like never re-renders the form.
 */
export const ReportForm = memo(function ReportForm() {
  return (
    // Not a <form>: each grid cell is a form of its own (see GridInput), and forms do not nest.
    <section className="report" aria-label="年度报告">
      <MetaForm />
      {SECTIONS.map((section) => (
        <section key={section.key} id={section.key} className="report-section" aria-labelledby={`${section.key}-title`}>
          <h2 id={`${section.key}-title`}>{section.title}</h2>
          {section.table ? <StatGrid table={section.table} /> : <ProseSection section={section} />}
        </section>
      ))}
    </section>
  );
});
