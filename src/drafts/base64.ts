/** Bytes in a JSON backup: standard base64, encoded in slices so a large file never builds one huge argument list. */

const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

// A plain character class, not a group per quartet: the regex engine would keep backtracking state per group.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const isBase64 = (text: string): boolean => text.length % 4 === 0 && BASE64.test(text);

/** The bytes of a base64 text (checked with isBase64 first). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
