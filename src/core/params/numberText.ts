// The one number syntax every text edge accepts (--set, links, typed fields, CLI options): decimal with an
// optional fraction and exponent, as JSON writes numbers. Hex, octal and binary ("0x10"), signs other than a
// leading minus ("+5"), spaces (" 5"), a bare point ("5.", ".5"), "Infinity" and "NaN" are refused, so one text
// means one number in every engine and at every edge.

/** Longest number text read, in characters (a double needs at most 24). */
export const MAX_NUMBER_TEXT_CHARS = 32;

const DECIMAL_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** The finite number a text writes in strict decimal syntax, or undefined when it is not one. */
export function parseDecimalNumber(text: string): number | undefined {
  if (text.length > MAX_NUMBER_TEXT_CHARS || !DECIMAL_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
