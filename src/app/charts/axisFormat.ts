// One number format on every chart axis, matching the readout (src/core/format/readable.ts): SI prefixes
// (600k, 1.2M) for plain quantities, percent for fractions, and durations in the unit that reads (the values
// are divided into minutes, hours, days or years and the title says which), so no axis shows "2e+4 s" or mixes
// "6e+5" with "10k".
import { durationUnitFor } from '../../core/format/readable';
import type { PlotAxis } from './plotlyTypes';
import type { ChartTheme } from './theme';

/** How one axis shows its values: divide each by `divideBy`, use `title`, and set `axis` on the layout. */
export interface AxisDisplay {
  divideBy: number;
  title: string;
  axis: Pick<PlotAxis, 'exponentformat' | 'tickformat'>;
}

const SI_TICKS = { exponentformat: 'SI' } as const;

/** The display of an axis titled `title` ("Label (unit)") in `unit`, for these values (all series together). */
export function axisDisplay(title: string, unit: string, values: ReadonlyArray<number | null>): AxisDisplay {
  if (unit === 's') {
    const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
    const largest = Math.max(0, ...finite.map(Math.abs));
    const shown = durationUnitFor(largest);
    return { divideBy: shown.seconds, title: title.replace(/\(s\)$/, `(${shown.symbol})`), axis: SI_TICKS };
  }
  if (unit === 'fraction')
    return { divideBy: 1, title: title.replace(/ \(fraction\)$/, ''), axis: { tickformat: '~%' } };
  return { divideBy: 1, title, axis: SI_TICKS };
}

/** `values` divided for display (gaps stay gaps). */
export function shownValues(
  values: ReadonlyArray<number | null>,
  display: AxisDisplay,
): Array<number | null> {
  return display.divideBy === 1
    ? [...values]
    : values.map((value) => (value === null ? null : value / display.divideBy));
}

/** Positions (no gaps) divided for display. */
export function shownPositions(values: readonly number[], display: AxisDisplay): number[] {
  return values.map((value) => value / display.divideBy);
}

/**
 * A vertical axis title as `theme` lays it out: with the last parenthesis (the unit or a note) on a line of its
 * own when the theme asks for it ("Throughput\n(tokens/s)"; plainText.ts turns the line break into plotly's).
 */
export function verticalTitle(title: string, theme: Pick<ChartTheme, 'unitOnOwnLine'>): string {
  if (!theme.unitOnOwnLine) return title;
  const split = title.lastIndexOf(' (');
  return split > 0 ? `${title.slice(0, split)}\n${title.slice(split + 1)}` : title;
}
