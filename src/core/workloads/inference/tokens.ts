// What one inference step and its one-off setup cost, from the work description, shared by every placement.
// Generating: the setup is the prompt pass (prefill) and a step is one decoded token for the batch. A single
// forward pass (encoders, CNNs, MLPs, or a decoder scoring its input): no setup, one step over the batch.
import type { Params } from '../../params/table';
import type { PassWork, WorkDescription } from '../../work/types';

/** FLOP and bytes of the repeated step and of the one-off setup of one request batch. */
export interface InferenceWork {
  /** What a step is, for labels. */
  stepLabel: 'decoding step' | 'forward pass';
  /** FLOP of one step for the whole batch. */
  stepFlop: number;
  /** Bytes read from memory per step: weights once plus the KV cache read by decoding. */
  stepMemoryBytes: number;
  /** Bytes of the activations crossing one layer boundary per step for the whole batch. */
  stepBoundaryBytes: number;
  /** Tokens (or items) one step completes for the whole batch. */
  stepTokenCount: number;
  /** Steps per request: output tokens when generating, 1 for a forward pass. */
  stepCount: number;
  /** FLOP of the setup pass (prefill), 0 without one. */
  setupFlop: number;
  /** Weight bytes the setup pass reads, 0 without one. */
  setupMemoryBytes: number;
  /** Activation bytes crossing one boundary during the setup pass. */
  setupBoundaryBytes: number;
  /** Tokens processed by the setup pass (the prompts of the batch). */
  setupTokenCount: number;
}

function requirePass(work: WorkDescription, pass: PassWork | undefined, name: string): PassWork {
  if (!pass) throw new Error(`A ${work.family} model has no ${name} pass`);
  return pass;
}

/** The work of the configured request batch. */
export function inferenceWork(params: Params, work: WorkDescription): InferenceWork {
  if (params.inference.mode === 'forward') {
    const forward = requirePass(work, work.passes.batchedForward, 'batched forward');
    return {
      stepLabel: 'forward pass',
      stepFlop: forward.totalFlop,
      stepMemoryBytes: forward.weightBytesRead,
      stepBoundaryBytes: forward.layerBoundaryActivationBytes,
      stepTokenCount: forward.tokenCount,
      stepCount: 1,
      setupFlop: 0,
      setupMemoryBytes: 0,
      setupBoundaryBytes: 0,
      setupTokenCount: 0,
    };
  }
  const decode = requirePass(work, work.passes.decodeToken, 'decoding');
  const prefill = requirePass(work, work.passes.prefill, 'prefill');
  return {
    stepLabel: 'decoding step',
    stepFlop: decode.totalFlop,
    stepMemoryBytes: decode.weightBytesRead + decode.kvCacheBytesRead,
    stepBoundaryBytes: decode.layerBoundaryActivationBytes,
    stepTokenCount: decode.tokenCount,
    stepCount: params.inference.outputTokenCount,
    setupFlop: prefill.totalFlop,
    setupMemoryBytes: prefill.weightBytesRead,
    setupBoundaryBytes: prefill.layerBoundaryActivationBytes,
    setupTokenCount: prefill.tokenCount,
  };
}
