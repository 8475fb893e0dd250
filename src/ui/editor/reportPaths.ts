/**
 * The template's key paths (`t3.denied.stateSecret.natural`, `s1.proactive.body`) are built at run time from the
 * template, so react-hook-form's literal path types cannot check them. This is the one place that says a built path
 * is a path of the report; every read, write and watch of a form value by such a path goes through it.
 */
import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { Report } from "../../report";
import { flushTyping } from "./typing";

export type ReportPath = FieldPath<Report>;

export const reportPath = (path: string): ReportPath => path as ReportPath;

/** A value as the form has it, with any text typed into a field but not yet written there (`typing.ts`). */
export function readPath(form: UseFormReturn<Report>, path: string): unknown {
  flushTyping();
  return form.getValues(reportPath(path));
}

/** Sets a value as typed, pasted or undone: a number, blank, or text (see `cellEntry`). */
export function writePath(form: UseFormReturn<Report>, path: string, value: unknown): void {
  form.setValue(reportPath(path), value as never);
}
