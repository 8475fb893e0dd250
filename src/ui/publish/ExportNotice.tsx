import { type ReactNode, useEffect, useRef, useState } from "react";
import { beforeExport, type Finding, whatIsLeft } from "../../checks";
import { useCurrentFindings } from "../editor/findingsContext";

/**
 * Said before a report with errors, required parts not yet filled in, or cells never filled (printed as 0) is
 * printed or exported: which, and the choice to go back and finish or to go ahead (a draft for a colleague may
 * legitimately be unfinished).
 */
export function ExportNotice({
  errors,
  proceedLabel,
  onProceed,
  onCancel,
}: {
  errors: readonly Finding[];
  proceedLabel: string;
  onProceed: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      className="export-notice"
      role="alertdialog"
      aria-labelledby="export-notice-title"
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <h2 id="export-notice-title" ref={heading} tabIndex={-1}>
        报告还有 {whatIsLeft(errors)}
      </h2>
      {/* A new report lists every part still to fill in: the list scrolls, and can be scrolled from the keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1) */}
      <ul tabIndex={0} aria-label="未完成的项目">
        {errors.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
          <li key={i}>{f.message}</li>
        ))}
      </ul>
      <p>建议先点“返回修改”，按“检查结果”逐项改正后再导出或打印；选择继续时，文件会原样带着这些问题。</p>
      <div className="export-notice-actions">
        <button type="button" onClick={onCancel}>
          返回修改
        </button>
        <button type="button" onClick={onProceed}>
          {proceedLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * The one gate every export goes through: `ask(go)` runs `go` at once for a finished report, else shows the
 * notice (render `notice`) and runs `go` on 仍然导出 / 仍然打印.
 */
export function useExportNotice(): { ask: (go: () => void, proceedLabel?: string) => void; notice: ReactNode } {
  const current = useCurrentFindings();
  const [pending, setPending] = useState<{ errors: Finding[]; proceedLabel: string; go: () => void } | null>(null);
  const ask = (go: () => void, proceedLabel = "仍然导出") => {
    const errors = beforeExport(current().findings);
    if (errors.length) setPending({ errors, proceedLabel, go });
    else go();
  };
  const notice = pending && (
    <ExportNotice
      errors={pending.errors}
      proceedLabel={pending.proceedLabel}
      onProceed={() => {
        setPending(null);
        pending.go();
      }}
      onCancel={() => setPending(null)}
    />
  );
  return { ask, notice };
}
