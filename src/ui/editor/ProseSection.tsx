import type { FormEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { Report } from "../../report";
import { type SectionDef, subItemOrdinal } from "../../template";
import { useReadOnly } from "./editorMode";
import { ProseGuide } from "./ProseGuide";
import { reportPath } from "./reportPaths";
import { typedField } from "./typing";

/** The format asks for a concise 一、总体情况; about 1,000 characters is the usual guidance. */
const S1_GUIDANCE = 1000;

const growsByItself = typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

/** Older Chromium (some 360 and Edge builds) lacks `field-sizing`: grow the text area by hand there. */
function grow(e: FormEvent<HTMLTextAreaElement>) {
  if (growsByItself) return;
  const area = e.currentTarget;
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight + 2}px`;
}

function CharCount({ name }: { name: string }) {
  const length = useWatch({ name: reportPath(name), compute: (text: string | undefined) => text?.length ?? 0 });
  return <span className="char-count">{length} 字</span>;
}

/** 一's total length against the guidance, across its five sub-items. */
function SectionLength({ section }: { section: SectionDef }) {
  const names = section.subItems.map((item) => reportPath(`${section.key}.${item.key}.body`));
  const total = useWatch({
    name: names,
    compute: (bodies: (string | undefined)[]) => bodies.reduce((n, b) => n + (b?.length ?? 0), 0),
  });
  const over = total > S1_GUIDANCE;
  return (
    <p className={over ? "section-length over" : "section-length"}>
      本部分共 {total} 字（建议 {S1_GUIDANCE} 字左右）{over ? "，篇幅偏长，可精简概括" : ""}
    </p>
  );
}

function Body({ name, label }: { name: string; label: string }) {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  return (
    <div className="prose-body">
      <textarea
        {...typedField(register(reportPath(name)))}
        aria-label={label}
        rows={5}
        readOnly={readOnly}
        onInput={grow}
      />
      <CharCount name={name} />
    </div>
  );
}

/** A prose section: 一 and 五 as sub-items with an editable heading and a body; 六 as one body. */
export function ProseSection({ section }: { section: SectionDef }) {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  if (section.subItems.length === 0) {
    return (
      <>
        <ProseGuide field={section.key} label={section.title} />
        <Body name={`${section.key}.body`} label={section.title} />
      </>
    );
  }
  return (
    <>
      {section.key === "s1" && <SectionLength section={section} />}
      {section.subItems.map((item, i) => {
        const base = `${section.key}.${item.key}`;
        return (
          <div key={item.key} className="sub-item">
            <h3 className="sub-item-heading">
              <span className="ordinal">{subItemOrdinal(i)}</span>
              <input
                {...typedField(register(reportPath(`${base}.heading`)))}
                aria-label={`${subItemOrdinal(i)}小标题`}
                placeholder={item.defaultHeading}
                readOnly={readOnly}
              />
            </h3>
            <ProseGuide field={base} label={`${subItemOrdinal(i)}${item.defaultHeading}`} />
            <Body name={`${base}.body`} label={`${subItemOrdinal(i)}${item.defaultHeading} 正文`} />
          </div>
        );
      })}
    </>
  );
}
