const HAN = /\p{Script=Han}/u;

/** Whether a pasted cell is a label rather than a value: every row label contains Chinese characters. */
export function looksLikeLabel(text: string): boolean {
  return HAN.test(text);
}
