// Inference placements: replicated, Petals-style pipeline and distributed-llama-style tensor parallelism.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';

const base = setParams(defaultParams(), {
  'workload.kind': 'inference',
  'model.parameterCount': 7e10,
  'model.layerCount': 80,
  'model.hiddenSize': 8192,
  'precision.weights': 'int8',
  'precision.blockSizeValues': 65536,
  'hardware.gpusPerNodeCount': 1,
  'hardware.memoryBandwidthTBps': 2,
  'hardware.memoryGB': 80,
  'inference.batchSizeCount': 1,
  'network.rttMs': 20,
  'network.uploadMbps': 1000,
  'network.downloadMbps': 1000,
  'network.linkEfficiencyFraction': 1,
});
/**
 * Bytes one decoding step reads at batch 1: the weights (int8 with one 16-bit scale per 65,536 values, so
 * 1 + 2/65536 bytes each) plus the KV cache at the mean context
 * (128 prompt + 64 of the 128 output tokens): 2 (K, V) x 80 layers x 8 KV heads x 128 wide x 2 bytes per token.
 */
const DECODE_BYTES = 7e10 * (1 + 2 / 65536) + (128 + 64) * 2 * 80 * 8 * 128 * 2;
const cost = (values: Record<string, number | string | boolean>) =>
  effectContext(setParams(base, values)).workload;
const term = (c: ReturnType<typeof cost>, prefix: string) => c.terms.find((t) => t.name.includes(prefix));

describe('replicated', () => {
  const replicated = cost({ 'inference.placement': 'replicated', 'network.nodeCount': 4 });
  it('is memory-bound at batch 1: weights and KV cache / bandwidth', () => {
    expect(replicated.terms[0]?.seconds).toBeCloseTo(DECODE_BYTES / 2e12, 9);
    expect(replicated.terms[0]?.name).toMatch(/memory-bound/);
  });
  it('generates batch x nodes tokens per step with independent nodes', () => {
    expect(replicated.tokensPerStep).toBe(4);
    expect(replicated.synchronizedNodeCount).toBe(1);
    expect(replicated.stepsToFinishCount).toBe(128);
  });
  it('becomes compute-bound at a large enough batch', () => {
    expect(
      cost({ 'inference.placement': 'replicated', 'inference.batchSizeCount': 4096 }).terms[0]?.name,
    ).toMatch(/compute-bound/);
  });
});

describe('pipeline (Petals-style)', () => {
  const chain = cost({
    'inference.placement': 'pipeline',
    'inference.pipelineStageCount': 4,
    'network.nodeCount': 4,
  });
  it('pays S + 1 one-way delays per token', () => {
    expect(term(chain, 'hops (latency)')?.seconds).toBeCloseTo(5 * 0.01, 12);
  });
  it('sends one hidden state per hop', () => {
    expect(term(chain, 'activation transfer')?.seconds).toBeCloseTo((5 * 8192 * 2) / 125e6, 12);
  });
  it('sums the stages: the whole model is read once per token', () => {
    expect(term(chain, 'stage passes')?.seconds).toBeCloseTo(DECODE_BYTES / 2e12, 9);
  });
  it('is infeasible with fewer nodes than servers in the chain', () => {
    const short = cost({
      'inference.placement': 'pipeline',
      'inference.pipelineStageCount': 4,
      'network.nodeCount': 3,
    });
    expect(short.feasible).toBe(false);
  });
});

describe('tensor (distributed-llama-style)', () => {
  const split = cost({ 'inference.placement': 'tensor', 'network.nodeCount': 4 });
  it('divides the weights read per token by the node count', () => {
    expect(term(split, 'sliced decoding step')?.seconds).toBeCloseTo(DECODE_BYTES / 4 / 2e12, 9);
  });
  it('pays one network delay per exchange, 2L exchanges per token (all-gather)', () => {
    expect(split.metrics.tensorSyncCount).toBe(160);
    expect(term(split, 'layer syncs (latency)')?.seconds).toBeCloseTo(160 * 0.01, 9);
  });
  it('pays four round trips per layer when the root gathers (root-gather)', () => {
    const star = cost({
      'inference.placement': 'tensor',
      'network.nodeCount': 4,
      'inference.tensorSyncScheme': 'root-gather',
    });
    expect(star.metrics.tensorSyncCount).toBe(640);
    expect(term(star, 'layer syncs (latency)')?.seconds).toBeCloseTo(80 * 4 * 0.02, 9);
  });
  it('pays L x barriers per layer x cost per barrier on any node count', () => {
    for (const nodes of [1, 4]) {
      const c = cost({
        'inference.placement': 'tensor',
        'network.nodeCount': nodes,
        'inference.threadBarriersPerLayerCount': 10,
        'inference.threadBarrierUs': 5,
      });
      expect(term(c, 'thread barriers')?.seconds).toBeCloseTo(80 * 10 * 5e-6, 12);
    }
  });
  it('moves (n - 1) x 4 x L x d x bytes through the root per token', () => {
    expect(split.metrics.tensorSyncBytesPerToken).toBe(3 * 4 * 80 * 8192 * 2);
  });
  it('has no syncs on a single node', () => {
    const single = cost({ 'inference.placement': 'tensor', 'network.nodeCount': 1 });
    expect(single.metrics.tensorSyncBytesPerToken).toBe(0);
    expect(term(single, 'layer syncs (latency)')?.seconds).toBe(0);
  });
});
