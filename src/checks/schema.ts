/** A finding as it travels in files and stored drafts (JSON export, import notes). */
import "../report/zodJitless";
import * as z from "zod/mini";
import { SECTION_KEYS } from "../template";

export const findingSchema = z.strictObject({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  todo: z.optional(z.literal(true)),
  message: z.string(),
  cells: z.array(z.string()),
  section: z.enum(["meta", ...SECTION_KEYS]),
  expected: z.optional(z.number()),
  actual: z.optional(z.number()),
  /** Stable identity of the finding, so a reviewer's disposition can follow it. */
  fingerprint: z.optional(z.string()),
});
