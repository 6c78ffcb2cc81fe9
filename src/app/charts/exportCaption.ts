// What a saved chart carries besides the plot: a title (what it shows) and a line with the key settings and
// the seed, so a PNG or SVG found later says where it came from and can be made again.
import { formatQuantity } from '../../core/format/readable';
import { optionName } from '../../core/names/optionNames';
import { getParam, type Params } from '../../core/params/table';
import { changedAssumptions } from '../series/compareSeries';
import { escapePlotlyText } from './plainText';
import type { PlotFigure } from './plotlyTypes';

/** Bits in a megabit (SI prefix mega, 10^6). */
const BITS_PER_MEGABIT = 1e6;

/** Room above the plot for the title and the settings line, pixels. */
export const CAPTION_TOP_MARGIN_PX = 90;
/** Room for each further settings line (a comparison names what each configuration changes), pixels. */
const CAPTION_LINE_PX = 18;

/** Longest settings line, in characters: a longer one is wrapped so a chart of 800 px keeps it whole. */
const CAPTION_LINE_MAX_CHARS = 110;

/** The settings as caption lines: "\n" starts a line, and a long line wraps after a " · " or ", ". */
export function captionLines(settings: string): string[] {
  return settings.split('\n').flatMap((line) => {
    const parts = line.split(/(?<=(?: ·|,) )/);
    const lines: string[] = [];
    for (const part of parts) {
      const last = lines.at(-1);
      if (last !== undefined && (last + part).length <= CAPTION_LINE_MAX_CHARS)
        lines[lines.length - 1] = last + part;
      else lines.push(part);
    }
    return lines.map((wrapped) => wrapped.trimEnd());
  });
}

/** Room above the plot for the title and the lines of `settings`, pixels. */
export function captionMarginPx(settings: string): number {
  return CAPTION_TOP_MARGIN_PX + CAPTION_LINE_PX * (captionLines(settings).length - 1);
}

const numberAt = (params: Params, path: string): number => {
  const value = getParam(params, path);
  return typeof value === 'number' ? value : Number.NaN;
};

const choiceAt = (params: Params, path: string): string => {
  const value = getParam(params, path);
  return typeof value === 'string' ? optionName(path, value) : '';
};

/** The key settings of a configuration in words, with the seed, on one line. */
export function keySettingsText(params: Params, seed: string): string {
  return [
    choiceAt(params, 'workload.kind'),
    `${formatQuantity(numberAt(params, 'model.parameterCount'), 'count')} parameters`,
    `${formatQuantity(numberAt(params, 'network.nodeCount'), 'count')} nodes × ${formatQuantity(numberAt(params, 'hardware.gpusPerNodeCount'), 'count')} devices`,
    // In bits with the prefix on the unit ("1 Gbit/s", "50 Mbit/s"), not "1k Mbps".
    `upload ${formatQuantity(numberAt(params, 'network.uploadMbps') * BITS_PER_MEGABIT, 'bits')}/s`,
    `round trip ${formatQuantity(numberAt(params, 'network.rttMs'), 'ms')}`,
    choiceAt(params, 'privacy.technique'),
    choiceAt(params, 'verification.technique'),
    `seed “${seed}”`,
  ].join(' · ');
}

/**
 * What each configuration of a comparison is, one line each: A's key settings and seed, then each other
 * configuration's changed assumptions ("B: Privacy technique Trusted execution (TEE)"), so a saved Compare
 * chart says what its lines B, C and D are.
 */
export function compareSettingsText(
  a: Params,
  others: ReadonlyArray<{ name: string; params: Params }>,
  seed: string,
): string {
  const changes = others.map(({ name, params }) => {
    const changed = changedAssumptions(a, params).map(
      (row) => `${row.label} ${row.bText}${row.unit ? ` ${row.unit}` : ''}`,
    );
    return `${name}: ${changed.length > 0 ? changed.join(', ') : 'the same as A'}`;
  });
  return [`A: ${keySettingsText(a, seed)}`, ...changes].join('\n');
}

/** `figure` (already made plain text) with `title` and the `settings` lines on top, for a saved image. */
export function captionedFigure(figure: PlotFigure, title: string, settings: string): PlotFigure {
  const margin = figure.layout.margin ?? {};
  const height = figure.layout.height;
  const extra = captionMarginPx(settings);
  const lines = captionLines(settings).map(escapePlotlyText).join('<br>');
  return {
    ...figure,
    layout: {
      ...figure.layout,
      // From the top of the image down, so more lines never reach the legend above the plot.
      title: {
        text: `${escapePlotlyText(title)}<br><sub>${lines}</sub>`,
        yref: 'container',
        y: 1,
        yanchor: 'top',
        pad: { t: 30 },
      },
      margin: { ...margin, t: (margin.t ?? 0) + extra },
      ...(height === undefined ? {} : { height: height + extra }),
    },
  };
}
