// From draws of the metric to a verdict. A claim is plausible when the model's median meets it (the draws are
// as likely to meet it as not), optimistic when it needs the favourable tail of the plausible ranges, and
// implausible when even the best 5% of plausible inputs fall short. docs/claims.md explains the choice.
import type { ClaimedValue, Verdict } from './types';

/**
 * Support at or above which a claim is plausible: 0.5 means the model's median meets it, which is also the
 * point the "what you would have to believe" solver aims for, so the two readings agree.
 */
export const PLAUSIBLE_SUPPORT_FRACTION = 0.5;
/**
 * Support at or above which a claim is optimistic rather than implausible: the claim is inside the P5-P95 band
 * of the model (the conventional 90% band), so inputs no more favourable than the best twentieth get there.
 */
export const OPTIMISTIC_SUPPORT_FRACTION = 0.05;
/** z of a two-sided 95% interval, for the Wilson interval of a Monte Carlo proportion. */
const Z_95 = 1.959963984540054;

/** The band an "about" claim accepts, or the one-sided bound of the others. */
export function acceptedBand(claimed: ClaimedValue): { low: number; high: number } {
  if (claimed.direction !== 'about') {
    return claimed.direction === 'at-least'
      ? { low: claimed.value, high: Number.POSITIVE_INFINITY }
      : { low: Number.NEGATIVE_INFINITY, high: claimed.value };
  }
  const spread = Math.abs(claimed.value) * claimed.toleranceFraction;
  return { low: claimed.value - spread, high: claimed.value + spread };
}

/** Whether one metric value meets the claim as stated (non-finite values never do). */
export function claimHolds(claimed: ClaimedValue, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const band = acceptedBand(claimed);
  return value >= band.low && value <= band.high;
}

/**
 * Whether one metric value is on the claim's side of the value it names. For "about" the side is the one
 * the nominal model is short of: a claim above the model needs the metric to rise to the claimed value.
 */
export function meetsClaimedSide(claimed: ClaimedValue, value: number, needsHigher: boolean): boolean {
  if (!Number.isFinite(value)) return false;
  return needsHigher ? value >= claimed.value : value <= claimed.value;
}

/** Whether the claim needs the metric to be higher than the nominal model gives (for the solver's direction). */
export function needsHigherMetric(claimed: ClaimedValue, nominalValue: number): boolean {
  if (claimed.direction === 'at-least') return true;
  if (claimed.direction === 'at-most') return false;
  return nominalValue < claimed.value;
}

/**
 * Probability the draws support the claim: the share meeting it for at-least / at-most; for "about", the
 * smaller of the shares at or above the band's low edge and at or below its high edge, so a claim whose band
 * holds the model's median is plausible even when the model's spread is wider than the band.
 */
export function supportProbability(claimed: ClaimedValue, values: readonly number[]): number {
  if (values.length === 0) return 0;
  const band = acceptedBand(claimed);
  const share = (test: (value: number) => boolean) =>
    values.filter((value) => Number.isFinite(value) && test(value)).length / values.length;
  return Math.min(
    share((value) => value >= band.low),
    share((value) => value <= band.high),
  );
}

/** Probability the claim holds as stated: the share of draws inside the accepted band. */
export function holdsProbability(claimed: ClaimedValue, values: readonly number[]): number {
  if (values.length === 0) return 0;
  return values.filter((value) => claimHolds(claimed, value)).length / values.length;
}

/** The verdict for a support probability. */
export function verdictFor(support: number): Verdict {
  if (support >= PLAUSIBLE_SUPPORT_FRACTION) return 'plausible';
  if (support >= OPTIMISTIC_SUPPORT_FRACTION) return 'optimistic';
  return 'implausible';
}

/** 95% Wilson score interval of a proportion from count trials (Monte Carlo error of the support). */
export function wilsonInterval95(proportion: number, count: number): [number, number] {
  if (count <= 0) return [0, 1];
  const z2 = Z_95 * Z_95;
  const centre = (proportion + z2 / (2 * count)) / (1 + z2 / count);
  const half =
    (Z_95 * Math.sqrt((proportion * (1 - proportion)) / count + z2 / (4 * count * count))) / (1 + z2 / count);
  // At 0 and 1 the interval's end is exactly the proportion; rounding would otherwise leave 1e-18 there.
  const low = proportion <= 0 ? 0 : Math.max(0, centre - half);
  const high = proportion >= 1 ? 1 : Math.min(1, centre + half);
  return [low, high];
}
