// Evidence that a cell's knob moves its column's property: the property measured at each knob point.
// Decentralization: the Nakamoto coefficient of node ownership; security: the largest adversary fraction at
// which the row's failure stays acceptable; scalability: the nodes the job runs on.
import type { Metrics } from '../engine/types';
import type { Params } from '../params/table';
import { toleratedAdversaryFraction } from '../trilemma/metrics';
import { decentralizationMetrics } from '../trilemma/ownership';
import type { MatrixColumnId, MatrixRowId } from './types';

/** Evaluates one parameter set to its metrics (the engine's analytic path). */
export type EvaluateMetrics = (params: Params) => Metrics;

/** How a column's property is measured at one point. */
export interface ColumnMeasure {
  name: string;
  label: string;
  unit: string;
  /** Why this measure stands for the column's property. */
  rationale: string;
}

/** The measure of each column. */
export const COLUMN_MEASURES: Readonly<Record<MatrixColumnId, ColumnMeasure>> = {
  decentralization: {
    name: 'nakamotoCoefficientCount',
    label: 'Nakamoto coefficient',
    unit: 'operators',
    rationale:
      'Fewest operators that together run half the nodes, under the table’s Zipf ownership law (docs/model/verification.md, trilemma metrics).',
  },
  security: {
    name: 'toleratedAdversaryFraction',
    label: 'Largest tolerated adversary fraction',
    unit: 'fraction',
    rationale:
      'Largest malicious fraction at which the row’s failure (exposure for privacy, a wrong result accepted otherwise) stays at or below trilemma.acceptableBreachProbabilityFraction.',
  },
  scalability: {
    name: 'nodeCount',
    label: 'Nodes in the job',
    unit: 'nodes',
    rationale: 'The size the network scales to: network.nodeCount.',
  },
};

/** The failure the security column guards against, per row: exposure for privacy, a wrong result otherwise. */
const FAILURE_METRIC_BY_ROW: Readonly<Record<MatrixRowId, string>> = {
  privacy: 'privacyExposureProbabilityFraction',
  verifiability: 'acceptedBadResultProbabilityFraction',
  performance: 'acceptedBadResultProbabilityFraction',
};

/** The column's property at one point of a cell's sweep. */
export function columnMeasureValue(
  column: MatrixColumnId,
  row: MatrixRowId,
  params: Params,
  evaluate: EvaluateMetrics,
): number {
  switch (column) {
    case 'decentralization':
      return decentralizationMetrics(params).nakamotoCoefficientCount ?? Number.NaN;
    case 'scalability':
      return params.network.nodeCount;
    case 'security': {
      const failure = FAILURE_METRIC_BY_ROW[row];
      // Only the row's failure counts: the trilemma's breach probability combines whatever it is given.
      const failureOnly = (candidate: Params): Metrics => ({ [failure]: evaluate(candidate)[failure] ?? 1 });
      return toleratedAdversaryFraction(params, failureOnly);
    }
  }
}
