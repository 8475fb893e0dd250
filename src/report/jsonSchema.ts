import * as z from "zod/mini";
import { TEMPLATE_NOTICE } from "../template";
import { reportSchema } from "./schema";

/** The JSON Schema published at `public/report.schema.json`, generated from the zod schema. */
export function reportJsonSchema(): object {
  return {
    ...z.toJSONSchema(reportSchema, { target: "draft-2020-12" }),
    $id: "report.schema.json",
    title: `政府信息公开工作年度报告（${TEMPLATE_NOTICE}格式）`,
    description:
      "A report as entered: meta, prose sections s1/s5/s6 and the cells of tables t2/t3/t4. Blank cells are null. Derived totals are not stored.",
  };
}

export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
