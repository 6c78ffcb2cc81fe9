// Number formatting shared by error messages, assertion details and the CLI table. Deterministic: the same
// number always gives the same text, and non-finite values are spelled out.

/** Text for a non-finite number ("Infinity", "-Infinity", "NaN"), or undefined when it is finite. */
export function nonFiniteText(value: number): string | undefined {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  return undefined;
}

/** Exact shortest text for a number, using "1e13" rather than "10000000000000" for very large or small values. */
export function formatExact(value: number): string {
  const special = nonFiniteText(value);
  if (special !== undefined) return special;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-4)) {
    return value.toExponential().replace('e+', 'e');
  }
  return String(value);
}

/** Readable text with a few significant digits (default 4), for tables and assertion details. */
export function formatNumber(value: number, significantDigits = 4): string {
  const special = nonFiniteText(value);
  if (special !== undefined) return special;
  const rounded = Number(value.toPrecision(significantDigits));
  const magnitude = Math.abs(rounded);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
    return rounded.toExponential().replace('e+', 'e');
  }
  return String(rounded);
}
