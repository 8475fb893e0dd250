import { useEffect, useRef } from "react";
import type { Finding } from "../../checks";

/**
 * Said before a report with errors is printed or exported: which errors, and the choice to go back
 * and fix them or to go ahead (a draft for a colleague may legitimately have them).
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
        报告还有 {errors.length} 处错误
      </h2>
      <ul>
        {errors.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
          <li key={i}>{f.message}</li>
        ))}
      </ul>
      <p>建议先点“返回修改”，按“检查结果”逐项改正后再导出或打印；选择继续时，文件会原样带着这些错误。</p>
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
