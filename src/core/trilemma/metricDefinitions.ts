// Catalog entries of the trilemma metrics (spread into the metric catalog); docs/model/verification.md gives
// the equations.
import type { MetricDefinition } from '../metrics/types';

const trilemma = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'trilemma' });

/** Trilemma metrics, by name. */
export const TRILEMMA_METRICS: Readonly<Record<string, MetricDefinition>> = {
  independentOperatorCount: trilemma(
    'Independent operators',
    'count',
    'Operators running the nodes: node count / nodes per operator.',
    'higher',
  ),
  effectiveOperatorCount: trilemma(
    'Effective operators',
    'count',
    'Equal-sized operators with the same concentration: 1 / Σ share² (inverse Herfindahl-Hirschman index).',
    'higher',
  ),
  nakamotoCoefficientCount: trilemma(
    'Nakamoto coefficient',
    'count',
    'Fewest operators whose nodes reach the control threshold, under the configured ownership distribution.',
    'higher',
  ),
  largestOperatorShareFraction: trilemma(
    'Largest operator share',
    'fraction',
    'Share of the nodes run by the largest operator.',
    'lower',
  ),
  securityBreachProbabilityFraction: trilemma(
    'Breach probability',
    'fraction',
    'Probability that the data is exposed or a wrong result accepted, at the configured adversary.',
    'lower',
  ),
  toleratedAdversaryFraction: trilemma(
    'Tolerated adversary',
    'fraction',
    'Largest malicious fraction at which the breach probability stays at or below the acceptable level.',
    'higher',
  ),
  scalingEfficiencyRatio: trilemma(
    'Scaling efficiency',
    'ratio',
    'Throughput on n nodes over n times the throughput of the same configuration on one node.',
    'higher',
  ),
};
