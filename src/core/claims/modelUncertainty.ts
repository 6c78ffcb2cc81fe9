// Folds the model's own measured error (docs/validation.md, "Out-of-sample error by area") into a claim check.
// Each draw's metric value v is taken as the model's answer; the truth is v x F, with log10 F normal, mean 0
// and the standard deviation of the claimed metric's error area. The probability the claim holds is the mean
// over the draws of the probability that v x F meets it, computed exactly (no extra randomness). With no
// measured error for the area, F = 1 and the check is the inputs-only one. Pure.
import { type ModelError, modelErrorOf, trackRecordLine } from '../calibration/modelErrorBand';
import { log10, pow } from '../math/index';
import type { Params } from '../params/table';
import { standardNormalUpperTail } from '../stochastic/normal';
import type { ClaimedValue } from './types';
import { acceptedBand } from './verdict';

/** Bisection steps for a percentile of the draws with model error: 2^-60 of the search range. */
const PERCENTILE_BISECTION_STEPS = 60;
/** Standard deviations past the extreme draws the percentile search reaches (beyond 1e-15 of the mass). */
const PERCENTILE_SEARCH_SDS = 9;

/** P(v x F >= threshold) for one draw; sd 0 (or null) means no model error. */
export function probabilityAtLeast(value: number, threshold: number, sd: number | null): number {
  if (!Number.isFinite(value) || threshold === Number.POSITIVE_INFINITY) return 0;
  if (threshold === Number.NEGATIVE_INFINITY) return 1;
  if (!sd || value <= 0 || threshold <= 0) return value >= threshold ? 1 : 0;
  return standardNormalUpperTail((log10(threshold) - log10(value)) / sd);
}

/** P(v x F <= threshold) for one draw. */
export function probabilityAtMost(value: number, threshold: number, sd: number | null): number {
  if (!Number.isFinite(value) || threshold === Number.NEGATIVE_INFINITY) return 0;
  if (threshold === Number.POSITIVE_INFINITY) return 1;
  if (!sd || value <= 0 || threshold <= 0) return value <= threshold ? 1 : 0;
  return standardNormalUpperTail((log10(value) - log10(threshold)) / sd);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((total, value) => total + value, 0) / values.length;

/** Support with model error: as supportProbability (verdict.ts), each draw weighted by P(v x F meets it). */
export function supportWithModelError(claimed: ClaimedValue, values: readonly number[], sd: number | null) {
  const band = acceptedBand(claimed);
  return Math.min(
    mean(values.map((value) => probabilityAtLeast(value, band.low, sd))),
    mean(values.map((value) => probabilityAtMost(value, band.high, sd))),
  );
}

/** Probability the claim holds as stated with model error: P(low <= v x F <= high), averaged over the draws. */
export function holdsWithModelError(claimed: ClaimedValue, values: readonly number[], sd: number | null) {
  const band = acceptedBand(claimed);
  return mean(
    values.map((value) =>
      Math.max(0, probabilityAtLeast(value, band.low, sd) + probabilityAtMost(value, band.high, sd) - 1),
    ),
  );
}

/** The value below which a share `fraction` of the draws with model error lie (all draws positive and finite). */
function percentileWithModelError(values: readonly number[], sd: number, fraction: number): number {
  const logs = values.map(log10);
  let low = Math.min(...logs) - PERCENTILE_SEARCH_SDS * sd;
  let high = Math.max(...logs) + PERCENTILE_SEARCH_SDS * sd;
  for (let step = 0; step < PERCENTILE_BISECTION_STEPS; step += 1) {
    const middle = (low + high) / 2;
    const cdf = mean(logs.map((entry) => standardNormalUpperTail((entry - middle) / sd)));
    if (cdf < fraction) low = middle;
    else high = middle;
  }
  return pow(10, (low + high) / 2);
}

/** The metric's log10 spread over the draws (population standard deviation), or null with fewer than 2 positive. */
function inputLog10Sd(values: readonly number[]): number | null {
  const logs = values.filter((value) => Number.isFinite(value) && value > 0).map(log10);
  if (logs.length < 2) return null;
  const centre = mean(logs);
  return Math.sqrt(mean(logs.map((entry) => (entry - centre) * (entry - centre))));
}

/** How much of a claim check's uncertainty is the inputs' and how much the model's own. */
export interface UncertaintyParts {
  /** The claimed metric's error area, its measured error and track record; null when it belongs to none. */
  modelError: (ModelError & { trackRecord: string }) | null;
  /** Standard deviation of log10 of the metric over the input draws; null with fewer than 2 positive draws. */
  inputLog10Sd: number | null;
  /** Standard deviation of log10 of the model's error in the area; null when unmeasured or no area. */
  modelLog10Sd: number | null;
  /** Shares of the variance of log10 of the answer: model sd^2 / (model sd^2 + input sd^2) and the rest. */
  modelShareFraction: number | null;
  inputShareFraction: number | null;
  /** The support and the probability of holding with the inputs alone (before the model's error). */
  inputOnlySupportFraction: number;
  inputOnlyHoldsFraction: number;
  /** P10, P50, P90 of the answer with the model's error; null when the error is unknown or a draw is not positive. */
  withModelError: { p10: number; p50: number; p90: number } | null;
}

/** The model error of a claim: support and holding probability with it, and the parts of the uncertainty. */
export function foldModelError(
  claimed: ClaimedValue,
  values: readonly number[],
  params: Params,
  inputOnly: { support: number; holds: number },
): { support: number; holds: number; parts: UncertaintyParts } {
  const error = modelErrorOf(claimed.metric, params);
  const sd = error?.log10Sd ?? null;
  const spread = inputLog10Sd(values);
  const total = sd !== null && spread !== null ? sd * sd + spread * spread : null;
  const allPositive = values.length > 0 && values.every((value) => Number.isFinite(value) && value > 0);
  return {
    support: sd === null ? inputOnly.support : supportWithModelError(claimed, values, sd),
    holds: sd === null ? inputOnly.holds : holdsWithModelError(claimed, values, sd),
    parts: {
      modelError: error ? { ...error, trackRecord: trackRecordLine(error) } : null,
      inputLog10Sd: spread,
      modelLog10Sd: sd,
      modelShareFraction: total && sd !== null ? (sd * sd) / total : null,
      inputShareFraction: total && spread !== null ? (spread * spread) / total : null,
      inputOnlySupportFraction: inputOnly.support,
      inputOnlyHoldsFraction: inputOnly.holds,
      withModelError:
        sd !== null && allPositive
          ? {
              p10: percentileWithModelError(values, sd, 0.1),
              p50: percentileWithModelError(values, sd, 0.5),
              p90: percentileWithModelError(values, sd, 0.9),
            }
          : null,
    },
  };
}
