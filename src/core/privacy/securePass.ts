// The work a cryptographic protocol (MPC, FHE) must do for one unit of the job: one request for inference
// (the prompt pass, then one pass per further generated token) or one step of one node for training
// (forward and backward over the node's tokens). The protocol's cost replaces the plain compute of that unit.
import type { EffectContext } from '../engine/types';
import type { Params } from '../params/table';
import { workloadComputeSeconds } from './outcome';
import { linearFlopPerToken, nonlinearElementsPerToken } from './transformerOps';

/**
 * Passes per token in training relative to one forward pass: forward plus a backward of about twice the
 * work (6N versus 2N FLOP per token, Kaplan et al. 2020). Applied to FLOP, non-linear elements and rounds.
 */
export const TRAINING_PASSES_PER_FORWARD_RATIO = 3;

/** A group of identical passes through the model. */
export interface PassGroup {
  /** Tokens pushed through the model in this group, per sequence. */
  tokenCount: number;
  /** Tokens each attends to (sets softmax size and attention FLOP). */
  contextTokenCount: number;
  /** Passes that must run one after another (each costs the protocol's per-layer rounds). */
  sequentialPassCount: number;
}

/** The secure work of one unit (request or training step) on one node or party group. */
export interface SecureWork {
  unitLabel: 'request' | 'training step';
  groups: PassGroup[];
  /** 1 for inference, TRAINING_PASSES_PER_FORWARD_RATIO for training. */
  passFactorRatio: number;
  /** Sequences processed together (inference batch; 1 for training, whose tokens are already summed). */
  sequenceCount: number;
  /** Workload steps one unit spans (output tokens for inference, 1 for training). */
  stepsPerUnitCount: number;
}

/** The secure work of one unit of the configured job. */
export function secureWork(params: Params): SecureWork {
  if (params.workload.kind === 'training') {
    return {
      unitLabel: 'training step',
      groups: [
        {
          tokenCount: params.training.tokensPerStepCount,
          contextTokenCount: params.model.sequenceLengthTokens,
          sequentialPassCount: 1,
        },
      ],
      passFactorRatio: TRAINING_PASSES_PER_FORWARD_RATIO,
      sequenceCount: 1,
      stepsPerUnitCount: 1,
    };
  }
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  // The prompt pass yields the first output token; each further token is one more sequential pass.
  const decodeTokenCount = Math.max(0, outputTokenCount - 1);
  return {
    unitLabel: 'request',
    groups: [
      { tokenCount: promptTokenCount, contextTokenCount: promptTokenCount, sequentialPassCount: 1 },
      {
        tokenCount: decodeTokenCount,
        contextTokenCount: promptTokenCount + decodeTokenCount / 2,
        sequentialPassCount: decodeTokenCount,
      },
    ],
    passFactorRatio: 1,
    sequenceCount: batchSizeCount,
    stepsPerUnitCount: Math.max(1, outputTokenCount),
  };
}

/** Non-linear elements of one unit (all sequences, all passes). */
export function unitNonlinearElementCount(work: SecureWork, model: Params['model']): number {
  const perSequence = work.groups.reduce(
    (sum, group) => sum + group.tokenCount * nonlinearElementsPerToken(model, group.contextTokenCount),
    0,
  );
  return perSequence * work.sequenceCount * work.passFactorRatio;
}

/** Linear FLOP of one unit (all sequences, all passes). */
export function unitLinearFlop(work: SecureWork, model: Params['model']): number {
  const perSequence = work.groups.reduce(
    (sum, group) => sum + group.tokenCount * linearFlopPerToken(model, group.contextTokenCount),
    0,
  );
  return perSequence * work.sequenceCount * work.passFactorRatio;
}

/**
 * Plain compute seconds of one unit on the node: the workload's compute per step plus, for inference, the
 * prompt pass (the workload's `prefillTimeS` metric when it reports one, else its whole setup time).
 */
export function plainUnitComputeSeconds(work: SecureWork, context: EffectContext): number {
  const { workload } = context;
  const promptS =
    context.params.workload.kind === 'inference' ? (workload.metrics.prefillTimeS ?? workload.setupTimeS) : 0;
  return workloadComputeSeconds(workload) * work.stepsPerUnitCount + promptS;
}

/** Plain FLOP/s one node sustains: GPUs x peak x MFU. */
export function nodeEffectiveFlopPerS(params: Params): number {
  return params.hardware.gpusPerNodeCount * params.hardware.peakFlopPerS * params.hardware.mfuFraction;
}
