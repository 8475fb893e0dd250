/**
 * Row labels as people copy them: full- or half-width brackets and digits, `1.` `1．` `1、`, stray spaces
 * (`结果 维持`), curly or straight quotes. Two labels match when they read the same after this.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/["'“”‘’]/g, "")
    .replace(/^(\d+)[、.]/, "$1.");
}

const HAN = /\p{Script=Han}/u;

/** Whether a pasted cell is a label rather than a value: every row label contains Chinese characters. */
export function looksLikeLabel(text: string): boolean {
  return HAN.test(text);
}
