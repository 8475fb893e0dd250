import { useWatch } from "react-hook-form";
import { reportTitle } from "../../template";

/** The report's title as it will be published, built from 机关全称 and 年度. */
export function DocumentTitle() {
  const [organ, year] = useWatch({ name: ["meta.organ", "meta.year"] }) as [string, number | null];
  const placeholder = !organ || !year;
  return (
    <h1 className={placeholder ? "doc-title placeholder" : "doc-title"}>
      {placeholder ? "（请先填写机关全称和报告年度）" : reportTitle(organ, year)}
    </h1>
  );
}
