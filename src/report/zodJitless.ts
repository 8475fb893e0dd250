/**
 * zod 4 compiles object parsers with `new Function` unless told not to, and decides when a schema is built.
 * The app runs under a CSP without 'unsafe-eval', so this module must run before any schema is defined:
 * every module that builds zod schemas imports it first.
 */
import { en } from "zod/locales";
import * as z from "zod/mini";

// zod/mini loads no messages of its own; English ones keep the reasons in quarantined records as they were.
z.config({ jitless: true, ...en() });
