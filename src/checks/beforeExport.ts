/**
 * What every export (打印, 导出 Word, 导出网页, 导出 Markdown, 导出 JSON) says before it goes ahead, the same for all:
 * errors, required parts not yet filled in, and cells never filled, which the documents print as 0.
 */
import type { Finding } from "./types";

export function beforeExport<F extends Finding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === "error" || f.todo || f.id === "blank-cells");
}

/** `3 处错误`, `2 处待填`, `12 格未填`, joined with `、`: the notice's heading after `报告还有`. */
export function whatIsLeft(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const todos = findings.filter((f) => f.todo).length;
  const blank = findings.filter((f) => f.id === "blank-cells").reduce((n, f) => n + f.cells.length, 0);
  return [errors && `${errors} 处错误`, todos && `${todos} 处待填`, blank && `${blank} 格未填`]
    .filter(Boolean)
    .join("、");
}
