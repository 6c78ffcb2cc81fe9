// The work a cryptographic protocol (MPC, FHE, zk) must do for one unit of the job: one request for inference
// (the prompt pass, then one pass per further generated token, or one forward pass per input for a CNN or
// MLP) or one step of one node for training (forward and backward over the node's tokens). The protocol's
// cost replaces the plain compute of that unit.
import type { EffectContext } from '../engine/types';
import type { Params } from '../params/table';
import { isPerInputWork, layerListPassOperations } from './layerListOperations';
import {
  addPassOperations,
  customPassOperations,
  type PassOperations,
  scalePassOperations,
  transformerPassOperations,
} from './operationCounts';
import { workloadComputeSeconds } from './outcome';

/**
 * Passes per token in training relative to one forward pass: forward plus a backward of about twice the
 * work (6N versus 2N FLOP per token, Kaplan et al. 2020). Applied to FLOP, non-linear elements and rounds.
 */
export const TRAINING_PASSES_PER_FORWARD_RATIO = 3;

/** A group of identical passes through the model. */
export interface PassGroup {
  /** Operations of the whole group: all its passes, all sequences. */
  operations: PassOperations;
  /** Tokens each attends to (sets the depth of the softmax maximum); 1 for non-transformers. */
  contextTokenCount: number;
  /** Passes that must run one after another (each costs the protocol's per-layer rounds). */
  sequentialPassCount: number;
}

/** The secure work of one unit (request or training step) on one node or party group. */
export interface SecureWork {
  unitLabel: 'request' | 'training step';
  groups: PassGroup[];
  /** Workload steps one unit spans (output tokens for inference, 1 for training). */
  stepsPerUnitCount: number;
}

/**
 * Tokens one node trains on in one workload step: its tokens per inner step, times the inner steps of an outer
 * round for low-communication training (whose workload step is the whole round).
 */
export function nodeTokensPerWorkloadStep(params: Params): number {
  const { tokensPerStepCount, strategy, innerStepCount } = params.training;
  return tokensPerStepCount * (strategy === 'low-communication' ? innerStepCount : 1);
}

/** One forward pass per input of a CNN or MLP: typed-in counts (custom) or the work description's layers. */
function perInputOperations(params: Params, inputCount: number): PassOperations {
  return params.workShape.architecture === 'custom'
    ? customPassOperations(params, inputCount)
    : layerListPassOperations(params, inputCount);
}

function trainingWork(params: Params): SecureWork {
  const tokens = nodeTokensPerWorkloadStep(params);
  const forward = isPerInputWork(params)
    ? perInputOperations(params, tokens)
    : transformerPassOperations(params, tokens, params.model.sequenceLengthTokens, tokens);
  return {
    unitLabel: 'training step',
    groups: [
      {
        operations: scalePassOperations(forward, TRAINING_PASSES_PER_FORWARD_RATIO),
        contextTokenCount: params.model.sequenceLengthTokens,
        sequentialPassCount: TRAINING_PASSES_PER_FORWARD_RATIO,
      },
    ],
    stepsPerUnitCount: 1,
  };
}

function inferenceWork(params: Params): SecureWork {
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  if (isPerInputWork(params)) {
    return {
      unitLabel: 'request',
      groups: [
        {
          operations: perInputOperations(params, batchSizeCount),
          contextTokenCount: 1,
          sequentialPassCount: 1,
        },
      ],
      stepsPerUnitCount: Math.max(1, outputTokenCount),
    };
  }
  // The prompt pass yields the first output token; each further token is one more sequential pass.
  const decodeCount = Math.max(0, outputTokenCount - 1);
  const decodeContext = promptTokenCount + decodeCount / 2;
  const prompt = transformerPassOperations(params, promptTokenCount, promptTokenCount, promptTokenCount);
  const decodeOne = transformerPassOperations(params, 1, decodeContext, 1);
  return {
    unitLabel: 'request',
    groups: [
      {
        operations: scalePassOperations(prompt, batchSizeCount),
        contextTokenCount: promptTokenCount,
        sequentialPassCount: 1,
      },
      {
        operations: scalePassOperations(decodeOne, batchSizeCount * decodeCount),
        contextTokenCount: decodeContext,
        sequentialPassCount: decodeCount,
      },
    ],
    stepsPerUnitCount: Math.max(1, outputTokenCount),
  };
}

/** The secure work of one unit of the configured job. */
export function secureWork(params: Params): SecureWork {
  return params.workload.kind === 'training' ? trainingWork(params) : inferenceWork(params);
}

/** All operations of one unit (every group added). */
export function unitOperations(work: SecureWork): PassOperations {
  return addPassOperations(work.groups.map((group) => group.operations));
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
