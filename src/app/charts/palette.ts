// Colour-blind-safe colours (Okabe and Ito, "Color Universal Design", 2008), one per step category and
// series role, so colour is never the only cue: every trace is also named in the legend and hover.
import type { StepCategory } from '../../core/engine/types';

/** The eight Okabe-Ito colours. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colour of each step-time category in the stacked breakdown. */
export const CATEGORY_COLOURS: Record<StepCategory, string> = {
  compute: OKABE_ITO.blue,
  communication: OKABE_ITO.orange,
  privacy: OKABE_ITO.reddishPurple,
  verification: OKABE_ITO.bluishGreen,
  ledger: OKABE_ITO.vermillion,
  straggler: OKABE_ITO.skyBlue,
  churn: OKABE_ITO.yellow,
};

/**
 * Line colour of the main series, the translucent fill of its Monte Carlo P10-P90 band, and the lighter fill
 * of the wider band with the model's error (orange, so the two shades differ in hue, not only in depth).
 */
export const SERIES_COLOURS = {
  line: OKABE_ITO.blue,
  band: 'rgba(86, 180, 233, 0.35)',
  modelBand: 'rgba(230, 159, 0, 0.18)',
  current: OKABE_ITO.vermillion,
} as const;
