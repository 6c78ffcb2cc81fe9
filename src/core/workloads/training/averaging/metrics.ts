// The averaging metrics of a training evaluation, when `training.averagingTechnique` is not 'none'.
import type { Metrics } from '../../../engine/types';
import type { Params } from '../../../params/table';
import { BITS_PER_BYTE } from '../../../units';
import type { WorkDescription } from '../../../work/types';
import { linkRates } from '../../links';
import { type AveragingJob, averagingRun } from './model';

/** The shared job of every technique, from the parameters and the evaluated compute time of a step. */
export function averagingJob(params: Params, work: WorkDescription, computeS: number): AveragingJob {
  const { training, network } = params;
  const peerCount = network.nodeCount;
  return {
    setup: {
      peerCount,
      payloadBytes: (work.parameterCount * training.gradientBitsPerValue) / BITS_PER_BYTE,
      link: linkRates(params),
      groupSize: training.averagingGroupSize,
      roundsPerAveragingCount: training.averagingRoundsPerAveragingCount,
      gossipTopology: training.gossipTopology,
      gossipNeighbourCount: training.gossipNeighbourCount,
    },
    periodStepCount: training.averagingPeriodStepCount,
    penaltyRatio: training.averagingConsensusPenaltyRatio,
    computeS,
    baseStepCount: training.totalTokensCount / (training.tokensPerStepCount * Math.max(1, peerCount)),
  };
}

/** Consensus error, steps needed, step time, time to target and the speed-up over the baseline averaging. */
export function averagingMetrics(params: Params, work: WorkDescription, computeS: number): Metrics {
  const technique = params.training.averagingTechnique;
  if (technique === 'none') return {};
  const job = averagingJob(params, work, computeS);
  const run = averagingRun(technique, job);
  const baseline = averagingRun(params.training.averagingBaselineTechnique, job);
  return {
    averagingConsensusErrorRatio: run.consensusErrorRatio,
    averagingStepsNeededRatio: run.stepsNeededRatio,
    averagingSyncPerStepS: run.syncPerStepS,
    averagingStepTimeS: run.stepTimeS,
    averagingTimeToTargetS: run.timeToTargetS,
    averagingSpeedupOverBaselineRatio: baseline.timeToTargetS / run.timeToTargetS,
  };
}
