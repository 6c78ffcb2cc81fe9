// GPU-GPU traffic a confidential mode encrypts inside a node, read from the work description: a MoE model spread
// over the node's GPUs sends its expert all-to-alls; a dense one all-reduces the hidden state twice per layer.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { intraNodePeerBytes } from '../../../src/core/privacy/teeOverhead';
import { describeWork } from '../../../src/core/work/describe';
import { expertAllToAll } from '../../../src/core/workloads/inference/expertParallel';
import { evaluateWorkload } from '../../../src/core/workloads/registry';

function peerBytes(id: 'qwen3.5-397b-a17b' | 'llama-3-70b', gpus: number) {
  const params = setParams(applyPreset(defaultParams(), 'model', id), {
    'workload.kind': 'inference',
    'inference.placement': 'replicated',
    'inference.batchSizeCount': 64,
    'hardware.gpusPerNodeCount': gpus,
    'network.nodeCount': 1,
  });
  const work = describeWork(params);
  const workload = evaluateWorkload(params, work);
  return { params, work, workload, bytes: intraNodePeerBytes({ params, work, workload }) };
}

describe('intraNodePeerBytes', () => {
  it('is the expert all-to-all traffic of every GPU for a MoE model on 8 GPUs', () => {
    const { params, work, workload, bytes } = peerBytes('qwen3.5-397b-a17b', 8);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeCloseTo(8 * expertAllToAll(params, work, workload.tokensPerStep).bytesPerGpu, 6);
  });

  it('is 2(g - 1) x tokens x layers x 2 x d x bytes for a dense model, and 0 on one GPU', () => {
    const { work, workload, bytes } = peerBytes('llama-3-70b', 8);
    const expected = 14 * workload.tokensPerStep * 80 * 2 * 8192 * work.activationBytesPerValue;
    expect(bytes / expected).toBeCloseTo(1, 12);
    expect(peerBytes('llama-3-70b', 1).bytes).toBe(0);
  });
});
