import { useFormContext, useWatch } from "react-hook-form";
import { isGovernment } from "../../checks";
import { getAt, type Report } from "../../report";
import { guidanceFor } from "../../template";
import { useReadOnly } from "./editorMode";
import { useLastYear } from "./lastYear";
import { reportPath } from "./reportPaths";

/** Puts `text` at the caret of the field (or in place of its selection), as typing would. */
function insertAtCaret(area: HTMLTextAreaElement, text: string) {
  area.focus();
  // As typing: the browser's own undo keeps the step and the form hears the input event.
  if (document.execCommand("insertText", false, text)) return;
  area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
  area.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * 填写要点 beside a prose field: what the format asks it to cover (with a 人民政府's extra items), standard
 * sentences to insert, and last year's text of the same field to read.
 */
export function ProseGuide({ field, label }: { field: string; label: string }) {
  const guidance = guidanceFor(field);
  const { getValues } = useFormContext<Report>();
  useWatch({ name: reportPath("meta.organType") });
  const readOnly = useReadOnly();
  const lastYear = useLastYear();
  if (!guidance) return null;
  const path = field.startsWith("s6") ? "s6.body" : `${field}.body`;
  const government = isGovernment(getValues());
  const lastText = lastYear ? String(getAt(lastYear, path) ?? "").trim() : "";
  const insert = (phrase: string) => {
    const area = document.querySelector<HTMLTextAreaElement>(`textarea[name="${CSS.escape(path)}"]`);
    if (area) insertAtCaret(area, phrase);
  };
  return (
    <div className="prose-guide">
      <details>
        <summary>填写要点</summary>
        <p>{guidance.covers}</p>
        {government && guidance.forGovernments && <p className="for-governments">{guidance.forGovernments}</p>}
        {!readOnly && guidance.phrases.length > 0 && (
          <div className="phrases">
            <span>常用语句（插入到光标处，空格处请填写）：</span>
            {guidance.phrases.map((phrase) => (
              <button
                key={phrase}
                type="button"
                onClick={() => insert(phrase)}
                aria-label={`在“${label}”中插入：${phrase}`}
              >
                {phrase}
              </button>
            ))}
          </div>
        )}
      </details>
      {lastText && (
        <details>
          <summary>上年（{lastYear?.meta.year ?? "上一年度"}年）此项内容</summary>
          <p className="last-year-text">{lastText}</p>
        </details>
      )}
    </div>
  );
}
