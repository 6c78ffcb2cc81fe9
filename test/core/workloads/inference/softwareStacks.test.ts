// Per-message software cost of inference stacks: paid once per hop, chosen per stack, shown as its own term.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import {
  hopSoftwareS,
  LLAMA_CPP_RPC_HOP_SOFTWARE_S,
  SOFTWARE_STACKS,
} from '../../../../src/core/workloads/inference/softwareStacks';

const base = setParams(defaultParams(), {
  'workload.kind': 'inference',
  'model.parameterCount': 7e9,
  'model.layerCount': 32,
  'model.hiddenSize': 4096,
  'precision.weights': 'int4',
  'inference.batchSizeCount': 1,
  'network.nodeCount': 4,
  'inference.pipelineStageCount': 4,
});
const cost = (values: Record<string, number | string | boolean>) =>
  effectContext(setParams(base, values)).workload;
const softwareS = (c: ReturnType<typeof cost>) =>
  c.terms.find((t) => t.name.includes('software'))?.seconds ?? Number.NaN;
const stepS = (c: ReturnType<typeof cost>) => c.terms.reduce((sum, t) => sum + t.seconds, 0);

describe('software cost per hop', () => {
  it('pipeline: S + 1 hops pay the stack cost each', () => {
    const c = cost({ 'inference.placement': 'pipeline', 'inference.softwareStack': 'exo' });
    expect(softwareS(c)).toBeCloseTo(5 * SOFTWARE_STACKS.exo.hopSoftwareS, 12);
  });
  it('tensor: one message per exchange, two exchanges per layer (all-gather)', () => {
    const c = cost({ 'inference.placement': 'tensor', 'inference.softwareStack': 'custom' });
    expect(softwareS(c)).toBeCloseTo(32 * 2 * 0.001, 12);
  });
  it('tensor: eight messages per layer when the root gathers (four round trips)', () => {
    const c = cost({
      'inference.placement': 'tensor',
      'inference.softwareStack': 'custom',
      'inference.tensorSyncScheme': 'root-gather',
    });
    expect(softwareS(c)).toBeCloseTo(32 * 8 * 0.001, 12);
  });
  it('auto means Petals for a pipeline and distributed-llama for tensor parallelism', () => {
    const params = setParams(base, {});
    expect(hopSoftwareS(params.inference, 'pipeline')).toBe(SOFTWARE_STACKS.petals.hopSoftwareS);
    expect(hopSoftwareS(params.inference, 'tensor')).toBe(SOFTWARE_STACKS['distributed-llama'].hopSoftwareS);
  });
  it('none leaves only the wire; a single tensor node sends no message', () => {
    expect(softwareS(cost({ 'inference.placement': 'pipeline', 'inference.softwareStack': 'none' }))).toBe(0);
    expect(softwareS(cost({ 'inference.placement': 'tensor', 'network.nodeCount': 1 }))).toBe(0);
  });
  it('llama.cpp RPC: a few milliseconds per hop from the local vs remote measurement', () => {
    expect(LLAMA_CPP_RPC_HOP_SOFTWARE_S).toBeGreaterThan(0.003);
    expect(LLAMA_CPP_RPC_HOP_SOFTWARE_S).toBeLessThan(0.004);
  });
  it('a larger cost per hop never shortens a step, for either placement', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pipeline', 'tensor'),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (placement, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const at = (ms: number) =>
            stepS(
              cost({
                'inference.placement': placement,
                'inference.softwareStack': 'custom',
                'inference.customHopSoftwareMs': ms,
              }),
            );
          expect(at(high)).toBeGreaterThanOrEqual(at(low));
        },
      ),
      { numRuns: 30 },
    );
  });
});
