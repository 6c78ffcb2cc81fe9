// Number formatting for readouts: three significant figures, exponents for very large or small values,
// percent for fractions, and readable durations for seconds.

const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86400;
const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;

/** Three significant figures; exponent form outside 0.01 .. 99,999. */
export function formatSignificant(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-2) return value.toExponential(2).replace('e+', 'e');
  return String(Number(value.toPrecision(3)));
}

/** A fraction (0..1) as percent with three significant figures, e.g. 0.4331 -> "43.3%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${formatSignificant(fraction * 100)}%`;
}

/** Seconds in the largest unit that keeps the number readable, e.g. 93600 -> "1.08 days". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? '∞' : '—';
  const steps: ReadonlyArray<readonly [number, string]> = [
    [SECONDS_PER_YEAR, 'years'],
    [SECONDS_PER_DAY, 'days'],
    [SECONDS_PER_HOUR, 'h'],
    [SECONDS_PER_MINUTE, 'min'],
    [1, 's'],
    [1e-3, 'ms'],
    [1e-6, 'µs'],
  ];
  for (const [size, unit] of steps) {
    if (Math.abs(seconds) >= size) return `${formatSignificant(seconds / size)} ${unit}`;
  }
  return `${formatSignificant(seconds)} s`;
}

/** A value with its unit as a readout shows it; "flag" metrics (0 or 1) read as no or yes. */
export function formatWithUnit(value: number, unit: string): string {
  if (unit === 'flag') return value !== 0 ? 'yes' : 'no';
  if (unit === 'count') return formatSignificant(value);
  if (unit === 'fraction') return formatPercent(value);
  if (unit === 's') return formatDuration(value);
  if (unit === 'ratio' || unit === '×') return `${formatSignificant(value)}×`;
  return unit ? `${formatSignificant(value)} ${unit}` : formatSignificant(value);
}
