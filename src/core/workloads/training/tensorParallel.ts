// Tensor parallelism inside a node: each layer's matrices are split over t GPUs of one node, which all-reduce
// their partial activations over the node's own links (NVLink or PCIe) twice in the forward pass and twice in
// the backward pass of every layer.

import type { StepTerm } from '../../engine/types';
import type { Params } from '../../params/table';
import { communicationBytesPerValue } from '../../precision/formats';
import { BYTES_PER_S_PER_GBPS } from '../../units';
import { ringAllReduce } from '../collectives';
import type { LinkRates } from '../links';
import { transferTerm } from '../terms';

/**
 * All-reduces per layer per training step with Megatron-style tensor parallelism: two in the forward pass
 * (after attention and after the MLP) and two in the backward pass. Source: Shoeybi et al. 2019,
 * "Megatron-LM: training multi-billion parameter language models using model parallelism", section 3.
 */
export const TENSOR_PARALLEL_ALL_REDUCES_PER_LAYER = 4;
/** One-way latency of a link inside a node, seconds (NVLink, about a microsecond). Source: assumption. */
export const INTRA_NODE_ONE_WAY_LATENCY_S = 1e-6;

/** The link between the GPUs of one node. */
export function intraNodeLink(params: Params): LinkRates {
  const bytesPerS = params.network.intraNodeBandwidthGBps * BYTES_PER_S_PER_GBPS;
  return {
    uploadBytesPerS: bytesPerS,
    downloadBytesPerS: bytesPerS,
    oneWayLatencyS: INTRA_NODE_ONE_WAY_LATENCY_S,
    roundTripS: 2 * INTRA_NODE_ONE_WAY_LATENCY_S,
  };
}

/** Tensor-parallel degree actually used: at most the GPUs of one node. */
export function tensorParallelDegree(params: Params): number {
  return Math.max(1, Math.min(params.training.tensorParallelCount, params.hardware.gpusPerNodeCount));
}

/**
 * Seconds one training step spends in tensor-parallel all-reduces on one node: 4 per layer, each a ring
 * all-reduce over the t GPUs of a group of tokens x hidden x activation bytes, where a group trains t / g of
 * the node's tokens (g GPUs per node). Not overlapped with compute (Megatron's default without
 * --tp-comm-overlap). Zero without tensor parallelism.
 */
export function tensorParallelStepS(params: Params, tokensPerNode: number): number {
  const degree = tensorParallelDegree(params);
  if (degree <= 1) return 0;
  const groupTokens = (tokensPerNode * degree) / params.hardware.gpusPerNodeCount;
  const payloadBytes = groupTokens * params.model.hiddenSize * communicationBytesPerValue(params);
  const allReduce = ringAllReduce(payloadBytes, degree, intraNodeLink(params));
  return (
    TENSOR_PARALLEL_ALL_REDUCES_PER_LAYER *
    params.model.layerCount *
    (allReduce.latencyS + allReduce.transferS)
  );
}

/** The tensor-parallel term of a step of `innerStepCount` inner steps: none without tensor parallelism. */
export function tensorParallelTerms(params: Params, tokensPerNode: number, innerStepCount = 1): StepTerm[] {
  if (tensorParallelDegree(params) <= 1) return [];
  return [
    transferTerm(
      'tensor-parallel all-reduces inside the node',
      innerStepCount * tensorParallelStepS(params, tokensPerNode),
    ),
  ];
}
