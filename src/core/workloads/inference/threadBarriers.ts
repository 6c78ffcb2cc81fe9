// Per-token work on each node that does not shrink with the node count: a CPU inference engine that splits each
// operation over its threads waits at a barrier after every operation (every thread spins until the last one
// finishes), so a token pays one barrier, plus the slowest thread's lag, per operation of every layer, however
// few weights each node holds. distributed-llama runs its task list this way (src/utils.cpp TaskLoop at v0.1.0
// and v0.3.1, src/nn/nn-executor.cpp at commit aec85b9: after each step the threads count themselves in with
// an atomic and spin until the last one advances the step index).
import type { Params } from '../../params/table';
import { SECONDS_PER_US } from '../../units';

/**
 * Microseconds per barrier (the wait for the slowest thread plus the spin hand-off), distributed-llama 0.1.0
 * on the 30-vCPU c3d-highcpu-30 VMs: 13.9 us. Fitted: the distributed-llama-70b-vms case's 2-VM time per token,
 * together with its 1-VM run (which sets the achievable bandwidth, 0.615 once 2,320 barriers are taken out);
 * see src/core/calibration/fittedConstants.ts. Other CPUs (core count, core-to-core latency) will differ.
 */
export const DISTRIBUTED_LLAMA_THREAD_BARRIER_US = 13.9;

/**
 * Operations (each ending in a barrier) per layer in distributed-llama's current task list: 16 in the attention
 * segment including its sync and 12 in the feed-forward segment including its sync, with the Q80 sync buffer
 * (src/llm.cpp at commit aec85b9). Version 0.1.0 had 29 tasks per layer, 0.3.1 had 38 (the root's lists).
 */
export const DISTRIBUTED_LLAMA_BARRIERS_PER_LAYER_COUNT = 28;

/** Seconds per token each node spends in barriers: layers x barriers per layer x cost per barrier. */
export function threadBarrierS(params: Params, layerCount: number): number {
  const { threadBarriersPerLayerCount, threadBarrierUs } = params.inference;
  return layerCount * threadBarriersPerLayerCount * threadBarrierUs * SECONDS_PER_US;
}
