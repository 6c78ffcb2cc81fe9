// Hover text of the charts in the one readable format (src/core/format/readable.ts) with each value's unit, so
// a tooltip says "586k tokens/s" or "3.2 days" like the axes, tables and readout, never plotly's "5.86e+05".
// The texts are prepared here and shown through %{hovertext}; plotly reads that as markup, so any text that is
// not the app's own (a variant label, an option name) is escaped before it goes in.
import { formatQuantity } from '../../core/format/readable';
import { escapePlotlyText } from './plainText';

/** What a hover shows for a gap (no finite value). */
export const NO_VALUE_TEXT = '—';

/** The hover template that shows a point's prepared text and nothing else (no trace name box). */
export const HOVER_TEXT_ONLY = '%{hovertext}<extra></extra>';

/** The hover template that names the trace on the first line, then the point's prepared text. */
export const HOVER_WITH_NAME = '%{fullData.name}<br>%{hovertext}<extra></extra>';

/**
 * Seconds in one of the other time units parameters use: such values read as durations too, so a round trip
 * of 0.001 ms reads "1 µs" and 2,000 ms "2 s" (not "1.0e-3 ms", "2k ms").
 */
const SECONDS_PER_TIME_UNIT: Readonly<Record<string, number>> = { ms: 1e-3, µs: 1e-6, days: 86_400 };

/** One value in `unit`, readable ("586k tokens/s", "3.2 days", "43.3%"); a gap reads "—". */
export function hoverValue(value: number | string | null, unit: string): string {
  if (typeof value === 'string') return escapePlotlyText(value);
  if (value === null || !Number.isFinite(value)) return NO_VALUE_TEXT;
  const seconds = SECONDS_PER_TIME_UNIT[unit];
  return seconds === undefined ? formatQuantity(value, unit) : formatQuantity(value * seconds, 's');
}

/** Each value readable in `unit`, with `prefix` before it ("P10 " gives "P10 3.2 days"). */
export function hoverValues(values: ReadonlyArray<number | null>, unit: string, prefix = ''): string[] {
  return values.map((value) => `${prefix}${hoverValue(value, unit)}`);
}

/** "x → y" for each point, both readable in their units (string x values are shown as plain text). */
export function hoverPairs(
  x: ReadonlyArray<number | string>,
  xUnit: string,
  y: ReadonlyArray<number | null>,
  yUnit: string,
): string[] {
  return y.map((value, index) => `${hoverValue(x[index] ?? null, xUnit)} → ${hoverValue(value, yUnit)}`);
}

/** Lines of one hover as markup: the first in bold, every line escaped, joined by line breaks. */
export function hoverLines(lines: readonly string[]): string {
  return lines
    .map((line, index) => (index === 0 ? `<b>${escapePlotlyText(line)}</b>` : escapePlotlyText(line)))
    .join('<br>');
}
