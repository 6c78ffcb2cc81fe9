// Checks a claim: draws the uncertain inputs, evaluates the claimed metric for each draw, and reports the
// distribution, the probability the claim holds and its verdict, which inputs matter, what one would have to
// believe for the claim to hold, the overheads it implies, and the nearest published cases. Pure and seeded.
import { findMetric } from '../metrics/catalog';
import type { Params } from '../params/table';
import { beliefRows } from './beliefs';
import { summarize } from './distribution';
import { drawRuns } from './draws';
import { impliedPrivacySlowdown, impliedProvingRate } from './impliedAnalytic';
import { impliedKnobs, solveKnob } from './impliedSolved';
import { applyInputValue, nominalParams, uncertainInputs } from './inputs';
import { metricValue, modelWarnings } from './metricValue';
import { foldModelError } from './modelUncertainty';
import { nearestCases } from './nearestCases';
import type { PublishedCaseDigest } from './publishedCases';
import { resolveClaim } from './resolve';
import { DEFAULT_CLAIM_RUN_COUNT } from './schema';
import { rankCorrelation } from './sensitivity';
import type { Claim, ClaimReport, ImpliedQuantity, InputSensitivity, UncertainInput } from './types';
import {
  holdsProbability,
  needsHigherMetric,
  OPTIMISTIC_SUPPORT_FRACTION,
  PLAUSIBLE_SUPPORT_FRACTION,
  supportProbability,
  verdictFor,
  wilsonInterval95,
} from './verdict';

/** How to run a check; each field replaces the claim file's own. */
export interface ClaimCheckOptions {
  seed?: string;
  runCount?: number;
  /** Published cases to match against (default: the digest in publishedCases.ts). */
  cases?: readonly PublishedCaseDigest[];
}

function sensitivities(
  nominal: Params,
  inputs: readonly UncertainInput[],
  draws: ReturnType<typeof drawRuns>,
  metric: string,
): InputSensitivity[] {
  const finite = draws.filter((draw) => Number.isFinite(draw.metric));
  const metrics = finite.map((draw) => draw.metric);
  const nominalValue = metricValue(nominal, metric);
  return inputs
    .map((input, index) => {
      const metricAtLow = metricValue(applyInputValue(nominal, input, input.low), metric);
      const metricAtHigh = metricValue(applyInputValue(nominal, input, input.high), metric);
      const swing = Math.abs(metricAtHigh - metricAtLow) / Math.abs(nominalValue);
      return {
        path: input.path,
        label: input.label,
        unit: input.unit,
        rankCorrelation: rankCorrelation(
          finite.map((draw) => draw.inputValues[index] ?? input.nominal),
          metrics,
        ),
        swingRatio: Number.isFinite(swing) ? swing : 0,
        metricAtLow,
        metricAtHigh,
        low: input.low,
        high: input.high,
        rangeOrigin: input.rangeOrigin,
      };
    })
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => Math.abs(b.entry.rankCorrelation) - Math.abs(a.entry.rankCorrelation) || a.index - b.index,
    )
    .map(({ entry }) => entry);
}

function notes(claim: Claim, inputCount: number, finiteCount: number, runCount: number): string[] {
  return [
    ...(inputCount === 0
      ? [
          'no input is uncertain for this configuration: every draw gives the same value, so the verdict is 0 or 1',
        ]
      : []),
    ...(finiteCount < runCount
      ? [
          `${runCount - finiteCount} of ${runCount} draws gave no finite ${claim.claim.metric}; they count as not holding`,
        ]
      : []),
  ];
}

/** Checks a validated claim (see parse.ts). */
export function checkClaim(claim: Claim, options: ClaimCheckOptions = {}): ClaimReport {
  const seed = options.seed ?? claim.seed;
  const runCount = options.runCount ?? claim.monteCarlo?.runCount ?? DEFAULT_CLAIM_RUN_COUNT;
  const claimed = claim.claim;
  const { params } = resolveClaim(claim);
  const inputs = uncertainInputs(claim, params);
  const nominal = nominalParams(params, inputs);
  const nominalMetricValue = metricValue(nominal, claimed.metric);
  const draws = drawRuns(params, inputs, claimed.metric, { seed, runCount });
  const values = draws.map((draw) => draw.metric);
  const distribution = summarize(values);
  const ranked = sensitivities(nominal, inputs, draws, claimed.metric);
  const needsHigher = needsHigherMetric(claimed, nominalMetricValue);
  const implied = [
    ...impliedKnobs(nominal).map((knob) => solveKnob(nominal, knob, claimed, needsHigher)),
    impliedProvingRate(nominal, claimed),
    impliedPrivacySlowdown(nominal, claimed),
  ].filter((entry): entry is ImpliedQuantity => entry !== undefined);
  const inputOnly = {
    support: supportProbability(claimed, values),
    holds: holdsProbability(claimed, values),
  };
  const { support, holds, parts } = foldModelError(claimed, values, nominal, inputOnly);
  const metric = findMetric(claimed.metric);
  return {
    claimId: claim.id,
    title: claim.title,
    source: claim.source,
    claim: { ...claimed, label: metric?.label ?? claimed.metric, unit: metric?.unit ?? '' },
    seed,
    runCount,
    verdict: verdictFor(support),
    supportProbabilityFraction: support,
    holdsProbabilityFraction: holds,
    supportInterval95Fraction: wilsonInterval95(support, runCount),
    thresholds: {
      plausibleFraction: PLAUSIBLE_SUPPORT_FRACTION,
      optimisticFraction: OPTIMISTIC_SUPPORT_FRACTION,
    },
    nominalMetricValue,
    claimOverMedianRatio: claimed.value / distribution.p50,
    distribution,
    uncertainty: parts,
    inputs: ranked,
    beliefs: beliefRows(nominal, inputs, ranked, claimed, needsHigher),
    implied,
    nearestCases: nearestCases(nominal, claimed.metric, options.cases),
    warnings: [...modelWarnings(nominal), ...notes(claim, inputs.length, distribution.finiteCount, runCount)],
  };
}
