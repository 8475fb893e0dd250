// Prints CI's last line, `N passed, N failed`, from the unit (vitest) and e2e (Playwright) JSON reports.
// Reports live in reports/ (Playwright empties test-results/ when it starts). A step that fails before any test report exists (lint, typecheck, build) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const status = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

let passed = 0;
let failed = 0;
const unit = read("reports/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read("reports/e2e.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
