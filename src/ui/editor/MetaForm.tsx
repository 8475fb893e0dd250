import { useFormContext } from "react-hook-form";
import type { Report } from "../../report";
import { ORGAN_TYPES } from "../../template";
import { useReadOnly } from "./editorMode";

/** RHF passes the stored number back through setValueAs too, so accept both forms. */
function yearOrNull(value: unknown): number | null {
  if (typeof value === "number") return value;
  const text = typeof value === "string" ? value.trim() : "";
  return /^\d{4}$/.test(text) ? Number(text) : null;
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
          {...register("meta.organ")}
          placeholder="如：西工区红山街道办事处"
          autoComplete="organization"
          readOnly={readOnly}
        />
      </label>
      <label>
        报告年度
        <input
          {...register("meta.year", { setValueAs: yearOrNull })}
          inputMode="numeric"
          placeholder="如：2023"
          readOnly={readOnly}
        />
      </label>
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
          {...register("meta.preamble")}
          rows={3}
          placeholder="如：本报告所列数据的统计期限为……"
          readOnly={readOnly}
        />
      </label>
      <label className="wide">
        落款（可选）
        <textarea {...register("meta.signOff")} rows={2} placeholder="机关名称和日期" readOnly={readOnly} />
      </label>
    </fieldset>
  );
}
