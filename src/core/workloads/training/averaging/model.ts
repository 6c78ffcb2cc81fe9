// Time to a fixed quality under decentralised averaging: (steps needed) x (time per step). The steps grow with
// how far the replicas stay from their average (consensus.ts, stepsNeeded.ts); the step is the configured
// compute plus the averaging's share of communication (syncTime.ts).
import {
  consensusErrorRatio,
  exponentialGraphResidualFraction,
  fixedGraphConsensusErrorRatio,
  moshpitResidualFraction,
  ringSecondEigenvalue,
  spectralGapFraction,
} from './consensus';
import type { AveragingTechnique } from './params';
import { stepsNeededRatio } from './stepsNeeded';
import { type AveragingSetup, averagingSeconds } from './syncTime';

/** One averaging technique's run to the target. */
export interface AveragingRun {
  consensusErrorRatio: number;
  stepsNeededRatio: number;
  /** Averaging seconds per step (one averaging every H steps). */
  syncPerStepS: number;
  stepTimeS: number;
  timeToTargetS: number;
}

/** The job and settings every technique shares. */
export interface AveragingJob {
  setup: Omit<AveragingSetup, 'technique'>;
  periodStepCount: number;
  penaltyRatio: number;
  /** Compute seconds of one step on one peer. */
  computeS: number;
  /** Steps exact averaging needs to the target. */
  baseStepCount: number;
}

/** Steady-state consensus error of a technique (0 for all-reduce: exact every averaging). */
export function techniqueConsensusError(technique: AveragingTechnique, job: AveragingJob): number {
  const { setup, periodStepCount: period } = job;
  const { peerCount, roundsPerAveragingCount: rounds } = setup;
  switch (technique) {
    case 'all-reduce':
      return consensusErrorRatio(() => 0, rounds, period);
    case 'moshpit':
      return consensusErrorRatio(
        (roundCount) => moshpitResidualFraction(roundCount, setup.groupSize, peerCount),
        rounds,
        period,
      );
    case 'gossip':
      return setup.gossipTopology === 'exponential-one-peer'
        ? consensusErrorRatio(
            (roundCount) => exponentialGraphResidualFraction(roundCount, peerCount),
            rounds,
            period,
          )
        : fixedGraphConsensusErrorRatio(
            spectralGapFraction(ringSecondEigenvalue(setup.gossipNeighbourCount, peerCount)),
            rounds,
            period,
          );
  }
}

/** The run of one technique on the job. */
export function averagingRun(technique: AveragingTechnique, job: AveragingJob): AveragingRun {
  const consensus = techniqueConsensusError(technique, job);
  const steps = stepsNeededRatio(consensus, job.penaltyRatio);
  const syncPerStepS = averagingSeconds({ ...job.setup, technique }) / job.periodStepCount;
  const stepTimeS = job.computeS + syncPerStepS;
  return {
    consensusErrorRatio: consensus,
    stepsNeededRatio: steps,
    syncPerStepS,
    stepTimeS,
    timeToTargetS: steps * job.baseStepCount * stepTimeS,
  };
}
