import { useFormContext, useWatch } from "react-hook-form";
import type { Report } from "../../report";
import { type SectionDef, subItemOrdinal } from "../../template";
import { useReadOnly } from "./editorMode";

function CharCount({ name }: { name: string }) {
  const text = (useWatch({ name }) as string | undefined) ?? "";
  return <span className="char-count">{text.length} 字</span>;
}

function Body({ name, label }: { name: string; label: string }) {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  return (
    <div className="prose-body">
      <textarea {...register(name as "s6.body")} aria-label={label} rows={5} readOnly={readOnly} />
      <CharCount name={name} />
    </div>
  );
}

/** A prose section: 一 and 五 as sub-items with an editable heading and a body; 六 as one body. */
export function ProseSection({ section }: { section: SectionDef }) {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  if (section.subItems.length === 0) return <Body name={`${section.key}.body`} label={section.title} />;
  return (
    <>
      {section.subItems.map((item, i) => {
        const base = `${section.key}.${item.key}`;
        return (
          <div key={item.key} className="sub-item">
            <h3 className="sub-item-heading">
              <span className="ordinal">{subItemOrdinal(i)}</span>
              <input
                {...register(`${base}.heading` as "s6.body")}
                aria-label={`${subItemOrdinal(i)}小标题`}
                placeholder={item.defaultHeading}
                readOnly={readOnly}
              />
            </h3>
            <Body name={`${base}.body`} label={`${subItemOrdinal(i)}${item.defaultHeading} 正文`} />
          </div>
        );
      })}
    </>
  );
}
