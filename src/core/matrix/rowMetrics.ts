// The metric each row of the matrix is measured by, oriented so the score can say "better" or "worse". One
// metric per row, the same in all three columns, so a row's cells are comparable.
import type { Metrics } from '../engine/types';
import type { MatrixRowId } from './types';

/** How a row's property is measured from an evaluated point's metrics. */
export interface RowMetric {
  /** Name in results; a catalog metric name, or a derived name documented here. */
  name: string;
  label: string;
  unit: string;
  better: 'higher' | 'lower';
  /** Why this metric stands for the row's property. */
  rationale: string;
  /** The value at one point; NaN when a needed metric is missing. */
  value(metrics: Metrics): number;
}

const metricOrNaN = (metrics: Metrics, name: string): number => metrics[name] ?? Number.NaN;

/** The row metrics, by row. */
export const ROW_METRICS: Readonly<Record<MatrixRowId, RowMetric>> = {
  privacy: {
    name: 'privacyExposureProbabilityFraction',
    label: 'Probability a record reaches the adversary',
    unit: 'fraction',
    better: 'lower',
    rationale:
      'Privacy is who can see the data: the chance that a given record, or something invertible from it, reaches an adversarial party at the configured malicious fraction.',
    value: (metrics) => metricOrNaN(metrics, 'privacyExposureProbabilityFraction'),
  },
  verifiability: {
    name: 'acceptedBadResultProbabilityFraction',
    label: 'Probability a wrong result is accepted',
    unit: 'fraction',
    better: 'lower',
    rationale:
      'Verifiability is whether a lie is caught: the chance that a given accepted result is wrong, which combines the share of cheating nodes with the chance a cheat is detected.',
    value: (metrics) => metricOrNaN(metrics, 'acceptedBadResultProbabilityFraction'),
  },
  performance: {
    name: 'qualityAdjustedThroughputTokensPerS',
    label: 'Useful tokens per second at equal quality',
    unit: 'tokens/s',
    better: 'higher',
    rationale:
      'Performance is how fast the job gets done: useful tokens per second (throughputTokensPerS, after lost work and redundancy) divided by the extra compute low-communication training needs for equal quality (qualityComputeMultiplierRatio, 1 for other strategies and for inference).',
    value: (metrics) =>
      metricOrNaN(metrics, 'throughputTokensPerS') / metricOrNaN(metrics, 'qualityComputeMultiplierRatio'),
  },
};
