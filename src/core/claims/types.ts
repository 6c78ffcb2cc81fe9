// The types of a parsed claim and of the report a check produces. The report is plain serialisable data, so the
// CLI prints it, --json writes it as is, and the app can chart it without recomputing anything.
import type * as z from 'zod';
import type { UncertaintyParts } from './modelUncertainty';
import type { claimSchema } from './schema';

/** A validated claim file (defaults filled in: seed "seed"). */
export type Claim = z.infer<typeof claimSchema>;

/** The claimed metric, value and direction. */
export type ClaimedValue = Claim['claim'];

/** How a check grades a claim (thresholds in verdict.ts, reasons in docs/claims.md). */
export type Verdict = 'plausible' | 'optimistic' | 'implausible';

/** One input the check draws at random: a parameter (and any parameters moved with it) over a plausible range. */
export interface UncertainInput {
  /** The parameter path the value is written to; also the input's id. */
  path: string;
  /** Parameters scaled by the same ratio as `path` (a node's download bandwidth with its upload), with their configured values. */
  linked: readonly { path: string; configured: number }[];
  label: string;
  unit: string;
  /** Log-scale inputs are drawn log-uniform and solved in log space; linear ones uniform. */
  scale: 'linear' | 'log';
  integer: boolean;
  /** Plausible range, in the parameter's unit. */
  low: number;
  high: number;
  /** Median of the draws (geometric mean of the range for log scale, midpoint for linear). */
  nominal: number;
  /** The value the configuration has before uncertainty is applied (linked paths scale relative to it). */
  configured: number;
  /** Where the range comes from. */
  rangeOrigin: 'plausible-range table' | 'claim file';
  source: string;
  /** The parameter table's valid range: what the solver may search. */
  validLow: number;
  validHigh: number;
}

/** One bar of a histogram. */
export interface HistogramBin {
  lowerEdge: number;
  upperEdge: number;
  count: number;
}

/** A histogram of the metric over the Monte Carlo draws, ready for a bar chart. */
export interface Histogram {
  /** Bin spacing: log when the values span a factor of 10 or more and are all positive. */
  scale: 'linear' | 'log';
  bins: HistogramBin[];
}

/** The distribution of the claimed metric over the draws. */
export interface MetricDistribution {
  /** Draws with a finite metric value (the others count as the claim not holding). */
  finiteCount: number;
  runCount: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  histogram: Histogram;
}

/** How strongly one input moves the metric over the draws. */
export interface InputSensitivity {
  path: string;
  label: string;
  unit: string;
  /** Spearman rank correlation between the input's draws and the metric, -1..1. */
  rankCorrelation: number;
  /**
   * One-at-a-time swing: |metric at the range's high end - metric at its low end| / |nominal metric|, the other
   * inputs at their nominal values (the bar of a tornado chart).
   */
  swingRatio: number;
  /** The metric with this input at the low and the high end of its range, the others at nominal. */
  metricAtLow: number;
  metricAtHigh: number;
  low: number;
  high: number;
  rangeOrigin: UncertainInput['rangeOrigin'];
}

/** Where the value a claim needs sits against the range we believe. */
export type RequirementPosition =
  | 'within-plausible-range'
  | 'beyond-plausible-range'
  | 'holds-across-plausible-range'
  | 'holds-across-valid-range'
  | 'no-value-in-valid-range';

/** One row of "what you would have to believe". */
export interface BeliefRow {
  path: string;
  label: string;
  unit: string;
  rankCorrelation: number;
  low: number;
  high: number;
  nominal: number;
  /** The input value at which the metric equals the claimed value, the other inputs at their nominal values. */
  requiredValue?: number;
  /** The metric re-evaluated at requiredValue (equals the claimed value within the solver tolerance). */
  metricAtRequired?: number;
  /** The claim's metric side holds for input values at least / at most requiredValue. */
  holdsWhen?: 'at-least' | 'at-most';
  position: RequirementPosition;
  /** For beyond-plausible-range: how many times past the plausible bound the required value is (>= 1). */
  beyondRangeRatio?: number;
  summary: string;
}

/** An overhead or capability the claim implies for the technique it names, back-solved from the claimed value. */
export interface ImpliedQuantity {
  id: string;
  label: string;
  unit: string;
  /** The value the claim implies; absent when no value can deliver the claim. */
  impliedValue?: number;
  /** The same quantity in the configured model. */
  modelValue: number;
  /** Published or preset reference range, and what it is. */
  referenceLow?: number;
  referenceHigh?: number;
  referenceLabel?: string;
  summary: string;
}

/** A published case close to the claim. */
export interface NearestCase {
  id: string;
  area: string;
  score: number;
  reasons: string[];
}

/** Everything a claim check reports. */
export interface ClaimReport {
  claimId: string;
  title: string;
  source: Claim['source'];
  claim: ClaimedValue & { label: string; unit: string };
  seed: string;
  runCount: number;
  verdict: Verdict;
  /**
   * Probability the claim's side of the threshold holds (for "about": the worse of the band's two sides), over
   * the input draws and the model's measured error for the metric's area (uncertainty.inputOnlySupportFraction
   * is the inputs alone).
   */
  supportProbabilityFraction: number;
  /** Probability the claim holds as stated (for "about": landing inside the tolerance band), with model error. */
  holdsProbabilityFraction: number;
  /** How much of the uncertainty is the inputs' and how much the model's own error (modelUncertainty.ts). */
  uncertainty: UncertaintyParts;
  /** 95% Wilson interval of supportProbabilityFraction (Monte Carlo error only). */
  supportInterval95Fraction: [number, number];
  /** Support at or above which the verdict is plausible, and optimistic. */
  thresholds: { plausibleFraction: number; optimisticFraction: number };
  /** The metric with every uncertain input at its nominal value. */
  nominalMetricValue: number;
  /** Claimed value / the model's median. */
  claimOverMedianRatio: number;
  distribution: MetricDistribution;
  inputs: InputSensitivity[];
  beliefs: BeliefRow[];
  implied: ImpliedQuantity[];
  nearestCases: NearestCase[];
  warnings: string[];
}
