// Prover work by kind: the per-element pricing of sumcheck provers (zkLLM) reproduces its authors' own estimate
// for the attention of a 13B model, and FLOP-priced presets scale with FLOP and lookups.
import { describe, expect, it } from 'vitest';
import { type PassOperations, zeroNonlinearCounts } from '../../../../src/core/privacy/operationCounts';
import { ZK_PROOF_SYSTEMS } from '../../../../src/core/verification/zk/catalogue';
import { elementWorkSeconds, proverWorkSeconds } from '../../../../src/core/verification/zk/workSeconds';

const operations = (softmax: number, relu: number, matmulFlop: number): PassOperations => ({
  matmulFlop,
  attentionFlop: 0,
  linearOutputElementCount: 0,
  nonlinear: { ...zeroNonlinearCounts(), softmax, relu },
  sequentialLayerCount: 1,
});

describe('element-priced proving (zkLLM)', () => {
  const costs = ZK_PROOF_SYSTEMS['zkllm-gpu'].elementCosts;

  it("gives the benchmark README's 5 x 80 + 90 + 5 x 15 s for the attention scores of LLaMa-2-13B", () => {
    const scores = 40 * 40 * 2048 * 2048;
    expect(elementWorkSeconds(costs, operations(scores, 0, 0), 0)).toBeCloseTo(565, 6);
  });

  it('charges other non-linear elements one lookup each and the weights their sumcheck', () => {
    const lookupS = costs.lookupSumcheckSecondsPerElement + costs.lookupOpeningSecondsPerElement;
    expect(elementWorkSeconds(costs, operations(0, 1e9, 0), 13e9)).toBeCloseTo(1e9 * lookupS + 30, 6);
  });

  it('ignores the FLOP rate: matmul FLOP alone cost nothing beyond the weights', () => {
    const system = ZK_PROOF_SYSTEMS['zkllm-gpu'];
    expect(proverWorkSeconds(system, operations(0, 0, 1e15), 0, 0)).toBe(0);
  });
});

describe('FLOP-priced proving', () => {
  it('is (FLOP + lookups x their FLOP equivalent) x seconds per FLOP, plus committed weights', () => {
    const system = ZK_PROOF_SYSTEMS.mystique;
    const work = proverWorkSeconds(system, operations(0, 1000, 1e6), 5e4, 5e4);
    const expected =
      (1e6 + 1000 * system.lookupFlopEquivalentCount) * system.secondsPerFlop +
      5e4 * system.secondsPerCommittedWeight;
    expect(work).toBeCloseTo(expected, 9);
  });
});
