// Halo2 circuit cost: the padded domain (columns x 2^k rows) from each compiler's layout. EZKL's one row per
// multiply-accumulate grows with FLOP; ZKML's Freivalds-checked products grow with weights and activations;
// proving time never falls as the circuit's work grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PassOperations, zeroNonlinearCounts } from '../../../../src/core/privacy/operationCounts';
import {
  EZKL_CNN264K_DOMAIN_CELL_COUNT,
  ZK_PROOF_SYSTEMS,
} from '../../../../src/core/verification/zk/catalogue';
import {
  domainCellCount,
  freivaldsRowCount,
  halo2DomainCellCount,
  halo2ProvingSeconds,
} from '../../../../src/core/verification/zk/halo2Circuit';

const ezkl = ZK_PROOF_SYSTEMS['ezkl-halo2'].halo2Circuit;
const zkml = ZK_PROOF_SYSTEMS['kang-halo2'].halo2Circuit;

/** A GPT-2-small-like pass over `tokens` tokens (12 layers, width 768, 124 M weights). */
const gpt2Like = (tokens: number): PassOperations => ({
  matmulFlop: 2 * tokens * 124e6,
  attentionFlop: 4 * tokens * 12 * 768 * tokens,
  linearOutputElementCount: tokens * 12 * (6 * 768 + 3072),
  nonlinear: {
    ...zeroNonlinearCounts(),
    softmax: tokens * 12 * 12 * tokens,
    gelu: tokens * 12 * 3072,
    normalization: tokens * 12 * 2 * 768,
    vocabularyOutput: tokens * 50257,
  },
  sequentialLayerCount: 24,
});

const operationsArbitrary = fc.record({
  matmulFlop: fc.double({ min: 0, max: 1e11, noNaN: true }),
  attentionFlop: fc.double({ min: 0, max: 1e9, noNaN: true }),
  linearOutputElementCount: fc.double({ min: 0, max: 1e8, noNaN: true }),
  softmax: fc.double({ min: 0, max: 1e7, noNaN: true }),
  relu: fc.double({ min: 0, max: 1e7, noNaN: true }),
});
const toOperations = (o: {
  matmulFlop: number;
  attentionFlop: number;
  linearOutputElementCount: number;
  softmax: number;
  relu: number;
}): PassOperations => ({
  matmulFlop: o.matmulFlop,
  attentionFlop: o.attentionFlop,
  linearOutputElementCount: o.linearOutputElementCount,
  nonlinear: { ...zeroNonlinearCounts(), softmax: o.softmax, relu: o.relu },
  sequentialLayerCount: 1,
});

describe('the padded Halo2 domain', () => {
  it('rounds the rows up to a power of two and multiplies by the columns', () => {
    expect(domainCellCount(1_312_817, 6)).toBe(2_097_152 * 6);
    expect(domainCellCount(2_097_152, 6)).toBe(2_097_152 * 6);
    expect(domainCellCount(2_097_153, 6)).toBe(4_194_304 * 6);
  });

  it('gives the fitted EZKL constant its domain: the 264k CNN in 2^21 rows of 6 columns', () => {
    const cnn: PassOperations = {
      matmulFlop: 5.2e6,
      attentionFlop: 0,
      linearOutputElementCount: 13_026,
      nonlinear: { ...zeroNonlinearCounts(), relu: 13_016, pooling: 12_608, softmax: 10 },
      sequentialLayerCount: 5,
    };
    expect(halo2DomainCellCount(ezkl.layout, cnn, 264_000)).toBe(EZKL_CNN264K_DOMAIN_CELL_COUNT);
    expect(halo2ProvingSeconds(ezkl, cnn, 264_000)).toBeCloseTo(196.567, 9);
  });
});

describe('compiler layouts', () => {
  it('EZKL grows with FLOP: twice the tokens of a GPT-2-sized pass is about twice the domain', () => {
    const ratio =
      halo2DomainCellCount(ezkl.layout, gpt2Like(64), 124e6) /
      halo2DomainCellCount(ezkl.layout, gpt2Like(32), 124e6);
    expect(ratio).toBeGreaterThanOrEqual(2);
  });

  it('ZKML grows with weights: twice the tokens at the same weights adds far less than EZKL', () => {
    const zkml32 = halo2DomainCellCount(zkml.layout, gpt2Like(32), 124e6);
    const zkml64 = halo2DomainCellCount(zkml.layout, gpt2Like(64), 124e6);
    expect(zkml64 / zkml32).toBeLessThan(1.5);
    expect(zkml32).toBeLessThan(halo2DomainCellCount(ezkl.layout, gpt2Like(32), 124e6) / 10);
  });

  it("ZKML's optimizer takes the column count with the fewest domain cells in its range", () => {
    const operations = gpt2Like(32);
    const chosen = halo2DomainCellCount(zkml.layout, operations, 124e6);
    if (zkml.layout.kind !== 'freivaldsChecked') throw new Error('ZKML preset is not Freivalds-checked');
    const [fewest, most] = zkml.layout.columnCountRange;
    for (let columns = fewest; columns <= most; columns += 1)
      expect(chosen).toBeLessThanOrEqual(
        domainCellCount(freivaldsRowCount(operations, 124e6, columns), columns),
      );
  });

  it('never proves faster when any count of the work grows (both layouts)', () => {
    fc.assert(
      fc.property(
        operationsArbitrary,
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (base, growth, weights) => {
          const smaller = toOperations(base);
          const larger = toOperations({
            matmulFlop: base.matmulFlop * growth,
            attentionFlop: base.attentionFlop * growth,
            linearOutputElementCount: base.linearOutputElementCount * growth,
            softmax: base.softmax * growth,
            relu: base.relu * growth,
          });
          for (const circuit of [ezkl, zkml])
            expect(halo2ProvingSeconds(circuit, larger, weights * growth)).toBeGreaterThanOrEqual(
              halo2ProvingSeconds(circuit, smaller, weights),
            );
        },
      ),
      { numRuns: 200 },
    );
  });
});
