// Invariants of the FHE cost model over random valid jobs: more bits per lookup never speeds TFHE up, and a
// larger model (more layers of the same width) never takes less FHE time, under either scheme, and the attention
// alone never costs more than the whole model. The first two have a counter-check showing they can fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { findParam, setParams } from '../../../src/core/params/table';
import { tfheKsPbsCostUnits } from '../../../src/core/privacy/fhe/tfheBootstrap';
import { validJob } from './arbitraries';

const RUN_COUNT = 60;
/** Relative slack for floating-point round-off. */
const ROUND_OFF = 1e-9;
const maxOf = (path: string): number => {
  const spec = findParam(path)?.spec;
  if (spec?.kind !== 'number') throw new Error(`${path} is not a number parameter`);
  return spec.max;
};
const BITS_MAX = maxOf('fhe.messageBitWidthCount');
/** Doubling must stay inside the table's ranges (a clamped value would not be a larger model). */
const fitsDoubled = (params: Parameters<typeof evaluateAnalytic>[0]): boolean =>
  params.model.layerCount * 2 <= maxOf('model.layerCount') &&
  params.model.parameterCount * 2 <= maxOf('model.parameterCount');

const fheTime = (params: Parameters<typeof evaluateAnalytic>[0]): number => {
  const value = evaluateAnalytic(params).result.metrics.securePassTimeS;
  if (value === undefined) throw new Error('FHE reported no securePassTimeS');
  return value;
};

const fheJob = (scheme: fc.Arbitrary<'ckks' | 'tfhe'>) =>
  fc
    .tuple(validJob(fc.constant('fhe'), fc.constant('none')), scheme, fc.constantFrom('cpu', 'gpu'))
    .map(([params, chosenScheme, device]) =>
      setParams(params, { 'fhe.scheme': chosenScheme, 'fhe.device': device }),
    );

/** True when `cost` never decreases from one bit width to the next over 1..BITS_MAX. */
function neverDecreasesWithBits(cost: (bits: number) => number): boolean {
  for (let bits = 1; bits < BITS_MAX; bits += 1) if (cost(bits + 1) < cost(bits)) return false;
  return true;
}

describe('TFHE over bit widths', () => {
  it('never bootstraps faster with more bits, and grows from 2 bits up', () => {
    expect(neverDecreasesWithBits(tfheKsPbsCostUnits)).toBe(true);
    for (let bits = 2; bits < BITS_MAX; bits += 1)
      expect(tfheKsPbsCostUnits(bits + 1)).toBeGreaterThan(tfheKsPbsCostUnits(bits));
  });

  it('the bit-width check rejects a cost that falls with precision (it can fail)', () => {
    expect(neverDecreasesWithBits((bits) => 1 / bits)).toBe(false);
  });

  it('never makes a job faster with more bits per lookup', () => {
    fc.assert(
      fc.property(fheJob(fc.constant('tfhe')), fc.integer({ min: 1, max: 4 }), (params, extraBits) => {
        const bits = Math.min(BITS_MAX - extraBits, params.fhe.messageBitWidthCount);
        const fewer = fheTime(setParams(params, { 'fhe.messageBitWidthCount': bits }));
        const more = fheTime(setParams(params, { 'fhe.messageBitWidthCount': bits + extraBits }));
        expect(more).toBeGreaterThanOrEqual(fewer * (1 - ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });
});

describe('FHE over model sizes', () => {
  const deeper = (params: Parameters<typeof evaluateAnalytic>[0]) =>
    setParams(params, {
      'model.layerCount': params.model.layerCount * 2,
      'model.parameterCount': params.model.parameterCount * 2,
    });

  it('never takes less time for a model with twice the layers at the same width', () => {
    fc.assert(
      fc.property(fheJob(fc.constantFrom('ckks', 'tfhe')), (params) => {
        fc.pre(fitsDoubled(params));
        expect(fheTime(deeper(params))).toBeGreaterThanOrEqual(fheTime(params) * (1 - ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('a transformer with twice the layers takes strictly longer (the property above can fail)', () => {
    fc.assert(
      fc.property(fheJob(fc.constantFrom('ckks', 'tfhe')), (params) => {
        // Zero layers doubled is still zero layers: strictly longer needs at least one.
        fc.pre(
          fitsDoubled(params) && params.workShape.architecture !== 'custom' && params.model.layerCount >= 1,
        );
        expect(fheTime(deeper(params))).toBeGreaterThan(fheTime(params));
      }),
      { numRuns: RUN_COUNT / 4 },
    );
  });
});

describe('FHE over the encrypted part', () => {
  it('never takes longer for the attention alone than for the whole model', () => {
    fc.assert(
      fc.property(fheJob(fc.constantFrom('ckks', 'tfhe')), (params) => {
        const whole = fheTime(setParams(params, { 'fhe.encryptedPart': 'whole-model' }));
        const attention = fheTime(setParams(params, { 'fhe.encryptedPart': 'attention' }));
        expect(attention).toBeLessThanOrEqual(whole * (1 + ROUND_OFF));
      }),
      { numRuns: RUN_COUNT / 2 },
    );
  });
});
