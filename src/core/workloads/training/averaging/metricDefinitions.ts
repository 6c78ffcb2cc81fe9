// Catalog entries of the decentralised-averaging metrics (spread into the metric catalog).
import type { MetricDefinition } from '../../../metrics/types';
import { performance } from '../../metricDefinitions';

/** Averaging metrics, by name (reported when training.averagingTechnique is not 'none'). */
export const AVERAGING_METRICS = {
  averagingConsensusErrorRatio: performance(
    'Consensus error',
    'ratio',
    'Steady-state mean squared distance of the replicas from their average, in units of the spread one SGD step of noise adds (0 for exact averaging every step).',
    'lower',
  ),
  averagingStepsNeededRatio: performance(
    'Steps needed vs exact averaging',
    'ratio',
    'SGD steps to the same quality as a multiple of exact averaging: 1 + penalty x consensus error.',
    'lower',
  ),
  averagingSyncPerStepS: performance(
    'Averaging time per step',
    's',
    'Seconds of parameter averaging per step (one averaging every H steps), not overlapped with compute.',
    'lower',
  ),
  averagingStepTimeS: performance(
    'Step time with averaging',
    's',
    'Compute of one step plus its share of the averaging.',
    'lower',
  ),
  averagingTimeToTargetS: performance(
    'Time to target quality',
    's',
    'Steps needed times step time, for the job’s total tokens.',
    'lower',
  ),
  averagingSpeedupOverBaselineRatio: performance(
    'Speed-up over baseline averaging',
    'ratio',
    'Time to target of the baseline averaging over that of the chosen one, same peers and links.',
    'higher',
  ),
} as const satisfies Record<string, MetricDefinition>;
