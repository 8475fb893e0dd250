/**
 * Stable fingerprints for findings. A fingerprint is `<check id>:<16 hex digits>`, a hash of the facts a finding
 * is about (which cells, which figures), so it survives unrelated edits and changes when those facts change.
 */
import type { CheckedFinding, Finding } from "./types";

/** FNV-1a, 32 bits, from a given offset basis; two bases give 64 bits, ample for a report's few hundred findings. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function fingerprintOf(id: string, facts: readonly unknown[]): string {
  const text = JSON.stringify([id, ...facts]);
  return `${id}:${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

/** The default facts: section, cells and the expected/actual figures. */
export function withFingerprint(finding: Finding): CheckedFinding {
  if (finding.fingerprint) return { ...finding, fingerprint: finding.fingerprint };
  const { id, section, cells, expected, actual } = finding;
  return { ...finding, fingerprint: fingerprintOf(id, [section, cells, expected ?? null, actual ?? null]) };
}
