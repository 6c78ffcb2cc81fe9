// Numbers as people read them, one format for the app's readout, tables and chart axes and the CLI's table:
// three significant figures, SI prefixes for large values (586k, 1.2M, 3.4G), exponents only for very small
// values, fractions as percent, seconds in s / min / h / days / years, ratios with ×. Pure and deterministic.
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, SECONDS_PER_YEAR } from '../units';

/** Significant figures of every readable number. */
export const SIGNIFICANT_FIGURES = 3;

/** SI prefixes from kilo to exa (BIPM, The International System of Units, 9th edition, table 7). */
const SI_PREFIXES: ReadonlyArray<readonly [number, string]> = [
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Below this magnitude a plain decimal needs too many zeros, so the exponent form is used ("6.1e-5"). */
const SMALLEST_PLAIN_MAGNITUDE = 0.01;
/** Percentages below this (in percent) are written with an exponent ("8.6e-5%"). */
const SMALLEST_PLAIN_PERCENT = 0.01;

const rounded = (value: number) => Number(value.toPrecision(SIGNIFICANT_FIGURES));

/** Text of a non-finite value: ∞, −∞ or — (not a number). */
function nonFinite(value: number): string {
  return value > 0 ? '∞' : value < 0 ? '−∞' : '—';
}

/** Three significant figures with an SI prefix from 1,000 up (586000 -> "586k"); exponents below 0.01. */
export function formatSi(value: number): string {
  if (!Number.isFinite(value)) return nonFinite(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(rounded(value));
  if (magnitude < SMALLEST_PLAIN_MAGNITUDE) return value.toExponential(1).replace('e+', 'e');
  if (magnitude >= 1e21) return value.toExponential(2).replace('e+', 'e');
  for (const [size, prefix] of SI_PREFIXES) {
    if (magnitude >= size) {
      const scaled = rounded(value / size);
      // 999.6k rounds to 1000k: say 1M instead.
      if (Math.abs(scaled) >= 1000 && size < 1e18) return formatSi(Math.sign(value) * 1000 * size);
      return `${scaled}${prefix}`;
    }
  }
  return String(rounded(value));
}

/** A fraction (0..1) as percent: "43.3%", "0.0864%", "8.6e-5%" for the very small. */
export function formatPercentText(fraction: number): string {
  if (!Number.isFinite(fraction)) return nonFinite(fraction);
  const percent = fraction * 100;
  if (percent === 0) return '0%';
  if (Math.abs(percent) < SMALLEST_PLAIN_PERCENT) return `${percent.toExponential(1).replace('e+', 'e')}%`;
  return `${rounded(percent)}%`;
}

/** A duration unit: its symbol and its length in seconds. */
export interface DurationUnit {
  symbol: string;
  seconds: number;
}

/** Duration units from the largest down. */
export const DURATION_UNITS: readonly DurationUnit[] = [
  { symbol: 'years', seconds: SECONDS_PER_YEAR },
  { symbol: 'days', seconds: SECONDS_PER_DAY },
  { symbol: 'h', seconds: SECONDS_PER_HOUR },
  { symbol: 'min', seconds: SECONDS_PER_MINUTE },
  { symbol: 's', seconds: 1 },
  { symbol: 'ms', seconds: 1e-3 },
  { symbol: 'µs', seconds: 1e-6 },
];

/** The largest unit in which `seconds` is at least 1 (seconds for zero and sub-microsecond values). */
export function durationUnitFor(seconds: number): DurationUnit {
  const magnitude = Math.abs(seconds);
  return DURATION_UNITS.find((unit) => magnitude >= unit.seconds) ?? { symbol: 's', seconds: 1 };
}

/** Seconds in the largest readable unit: 93600 -> "1.08 days", 0.0025 -> "2.5 ms", 4e9 -> "127 years". */
export function formatDurationText(seconds: number): string {
  if (!Number.isFinite(seconds)) return nonFinite(seconds);
  if (seconds === 0) return '0 s';
  const unit = durationUnitFor(seconds);
  return `${formatSi(seconds / unit.seconds)} ${unit.symbol}`;
}

/**
 * Units that take the SI prefix themselves (312 TFLOP/s, 299 GB, 1.2 kW), with the symbol the prefix attaches
 * to; other units keep the prefix on the number (586k tokens/s).
 */
const PREFIXED_UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  bytes: 'B',
  bits: 'bit',
  FLOP: 'FLOP',
  'FLOP/s': 'FLOP/s',
  'OP/s': 'OP/s',
  W: 'W',
};

/**
 * A value with its unit as people read it: fractions as percent, seconds as a duration, flags as yes / no,
 * ratios with ×, counts bare, anything else with an SI prefix and the unit ("586k tokens/s", "299 GB").
 */
export function formatQuantity(value: number, unit: string): string {
  if (unit === 'flag') return value !== 0 ? 'yes' : 'no';
  if (unit === 'fraction') return formatPercentText(value);
  if (unit === 's') return formatDurationText(value);
  if (unit === 'ratio' || unit === '×') return `${formatSi(value)}×`;
  if (unit === 'count' || unit === '') return formatSi(value);
  const text = formatSi(value);
  const symbol = PREFIXED_UNIT_SYMBOLS[unit];
  const prefixed = /^(.*\d)([kMGTPE])$/.exec(text);
  if (symbol !== undefined && prefixed) return `${prefixed[1]} ${prefixed[2]}${symbol}`;
  return `${text} ${unit}`;
}

/** A P10-P90 style range in one unit, the unit written once: "46.2 to 47.8 min", "32.9% to 33.8%". */
export function formatQuantityRange(low: number, high: number, unit: string): string {
  if (unit === 'fraction') return `${formatPercentText(low)} to ${formatPercentText(high)}`;
  if (unit === 's') {
    const shared = durationUnitFor(Math.max(Math.abs(low), Math.abs(high)));
    return `${formatSi(low / shared.seconds)} to ${formatSi(high / shared.seconds)} ${shared.symbol}`;
  }
  const suffix =
    unit === 'ratio' || unit === '×'
      ? '×'
      : unit === 'count' || unit === '' || unit === 'flag'
        ? ''
        : ` ${unit}`;
  return `${formatSi(low)} to ${formatSi(high)}${suffix}`;
}
