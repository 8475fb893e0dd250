/** A finding as it travels in files and stored drafts (JSON export, import notes). */
import "../report/zodJitless";
import { z } from "zod";
import { SECTION_KEYS } from "../template";

export const findingSchema = z.strictObject({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  cells: z.array(z.string()),
  section: z.enum(SECTION_KEYS),
  expected: z.number().optional(),
  actual: z.number().optional(),
  /** Stable identity of the finding, so a reviewer's disposition can follow it. */
  fingerprint: z.string().optional(),
});
