/**
 * The JSON Schema published at `public/report.schema.json`: the whole file `导出 JSON` writes (see json.ts),
 * generated from the zod schema the importer uses, so the two cannot disagree.
 */
import * as z from "zod/mini";
import { TEMPLATE_NOTICE } from "../template";
import { jsonFileSchema } from "./json";

export function reportJsonSchema(): object {
  return {
    ...z.toJSONSchema(jsonFileSchema, { target: "draft-2020-12" }),
    $id: "report.schema.json",
    title: `政府信息公开工作年度报告（${TEMPLATE_NOTICE}格式）导出文件`,
    description:
      "The file 导出 JSON writes: format, version, export time, the report as entered (meta, prose sections s1/s5/s6 and the cells of tables t2/t3/t4; blank cells are null), the derived totals and the findings. Counts are non-negative integers; 万元 amounts are non-negative with at most 4 decimals (multipleOf 0.0001: a validator that divides in binary floating point needs a tolerance, e.g. ajv's multipleOfPrecision: 4).",
  };
}

export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
