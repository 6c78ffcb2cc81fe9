// What a saved chart carries besides the plot: a title (what it shows) and a line with the key settings and
// the seed, so a PNG or SVG found later says where it came from and can be made again.
import { formatQuantity } from '../../core/format/readable';
import { optionName } from '../../core/names/optionNames';
import { getParam, type Params } from '../../core/params/table';
import { escapePlotlyText } from './plainText';
import type { PlotFigure } from './plotlyTypes';

/** Room above the plot for the title and the settings line, pixels. */
export const CAPTION_TOP_MARGIN_PX = 90;

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
    `upload ${formatQuantity(numberAt(params, 'network.uploadMbps'), 'Mbps')}`,
    `round trip ${formatQuantity(numberAt(params, 'network.rttMs'), 'ms')}`,
    choiceAt(params, 'privacy.technique'),
    choiceAt(params, 'verification.technique'),
    `seed “${seed}”`,
  ].join(' · ');
}

/** `figure` (already made plain text) with `title` and the `settings` line on top, for a saved image. */
export function captionedFigure(figure: PlotFigure, title: string, settings: string): PlotFigure {
  const margin = figure.layout.margin ?? {};
  const height = figure.layout.height;
  return {
    ...figure,
    layout: {
      ...figure.layout,
      title: { text: `${escapePlotlyText(title)}<br><sub>${escapePlotlyText(settings)}</sub>` },
      margin: { ...margin, t: (margin.t ?? 0) + CAPTION_TOP_MARGIN_PX },
      ...(height === undefined ? {} : { height: height + CAPTION_TOP_MARGIN_PX }),
    },
  };
}
