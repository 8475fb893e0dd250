import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { parseYear, type Report } from "../../report";
import { ORGAN_TYPES } from "../../template";
import { useReadOnly } from "./editorMode";
import { typedField } from "./typing";

/** RHF passes the stored number back through setValueAs too, so accept both forms. */
function yearOrNull(value: unknown): number | null {
  if (typeof value === "number") return value;
  const parsed = parseYear(typeof value === "string" ? value : "");
  return parsed.ok ? parsed.value : null;
}

/** 报告年度: `2023年` and full-width digits are read; other text stays visible, marked, with what to write. */
function YearField({ readOnly }: { readOnly: boolean }) {
  const { register } = useFormContext<Report>();
  const [problem, setProblem] = useState<string | null>(null);
  const field = register("meta.year", {
    setValueAs: yearOrNull,
    onChange: (e: { target: HTMLInputElement }) => {
      const parsed = parseYear(e.target.value);
      setProblem(parsed.ok ? null : parsed.message);
    },
  });
  return (
    <label className={problem ? "invalid" : undefined}>
      报告年度
      <input
        {...field}
        inputMode="numeric"
        placeholder="如：2023"
        readOnly={readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "meta-year-problem" : undefined}
      />
      {problem && (
        <span id="meta-year-problem" className="field-problem">
          {problem}
        </span>
      )}
    </label>
  );
}

/** Who reports, for which year, and the optional opening and closing lines. */
export function MetaForm() {
  const { register } = useFormContext<Report>();
  const readOnly = useReadOnly();
  return (
    <fieldset className="meta">
      <legend>基本信息</legend>
      <label>
        机关全称
        <input
          {...typedField(register("meta.organ"))}
          placeholder="如：西工区红山街道办事处"
          autoComplete="organization"
          readOnly={readOnly}
        />
      </label>
      <YearField readOnly={readOnly} />
      <label htmlFor="meta-organType">
        机关类型
        {readOnly ? (
          <input id="meta-organType" {...register("meta.organType")} readOnly />
        ) : (
          <select id="meta-organType" {...register("meta.organType")}>
            <option value="">（请选择）</option>
            {ORGAN_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </label>
      <label>
        公开日期
        <input type="date" {...register("meta.publishDate")} readOnly={readOnly} />
      </label>
      <label className="wide">
        开头段落（可选）
        <textarea
          {...typedField(register("meta.preamble"))}
          rows={3}
          placeholder="如：本报告所列数据的统计期限为……"
          readOnly={readOnly}
        />
      </label>
      <label className="wide">
        落款（可选）
        <textarea {...typedField(register("meta.signOff"))} rows={2} placeholder="机关名称和日期" readOnly={readOnly} />
      </label>
    </fieldset>
  );
}
