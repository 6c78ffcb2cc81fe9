// The aspect-ratio rule: a shape derived from the parameter count alone holds that count (within 5%, the
// done-when line; in fact exactly), keeps given fields, and resolving a resolved shape changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterCountOf } from '../../../src/core/models/catalogue';
import {
  DERIVED_ASPECT_RATIO,
  deriveTransformer,
  type TransformerShapeRequest,
} from '../../../src/core/models/deriveShape';
import { resolveModelShape } from '../../../src/core/models/resolveShape';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';

const request = (overrides: Partial<TransformerShapeRequest>): TransformerShapeRequest => ({
  family: 'decoder',
  parameterCount: 1e10,
  layerCount: 0,
  hiddenSize: 0,
  attentionHeadCount: 0,
  keyValueHeadCount: 0,
  feedForwardSize: 0,
  gatedFeedForward: true,
  vocabularySize: 32000,
  tiedEmbeddings: false,
  expertCount: 1,
  activeExpertCount: 1,
  contextTokenCount: 4096,
  ...overrides,
});

/** Requests the rule must serve: counts from 1e8 to 1e15, vocabularies and expert layouts of real models. */
const requests = fc.record({
  family: fc.constantFrom<'decoder' | 'encoder'>('decoder', 'encoder'),
  parameterCount: fc.double({ min: 8, max: 15, noNaN: true }).map((exponent) => 10 ** exponent),
  gatedFeedForward: fc.boolean(),
  vocabularySize: fc.constantFrom(30522, 32000, 50257, 128256, 250880),
  tiedEmbeddings: fc.boolean(),
  expertCount: fc.constantFrom(1, 8, 64),
  activeExpertCount: fc.constantFrom(1, 2),
});

describe('deriveTransformer', () => {
  it('holds the requested parameter count within 5% (property)', () => {
    fc.assert(
      fc.property(requests, (fields) => {
        const derived = deriveTransformer(request(fields));
        expect(derived.problem).toBeUndefined();
        const ratio = parameterCountOf(derived.architecture) / fields.parameterCount;
        expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(0.05);
      }),
      { numRuns: 200 },
    );
  });

  it('follows the aspect ratio when neither depth nor width is given', () => {
    for (const parameterCount of [1e9, 1e10, 1e11, 1e12]) {
      const { architecture } = deriveTransformer(request({ parameterCount }));
      const ratio = architecture.hiddenSize / architecture.layerCount;
      expect(ratio / DERIVED_ASPECT_RATIO).toBeGreaterThan(0.8);
      expect(ratio / DERIVED_ASPECT_RATIO).toBeLessThan(1.25);
    }
  });

  it('keeps given fields and solves the rest (1.1e9 no longer keeps a 10B shape)', () => {
    const small = deriveTransformer(request({ parameterCount: 1.1e9 })).architecture;
    expect(small.layerCount).toBeLessThan(42);
    expect(small.hiddenSize).toBeLessThan(4096);
    const given = deriveTransformer(request({ layerCount: 42, hiddenSize: 4096 })).architecture;
    expect([given.layerCount, given.hiddenSize]).toEqual([42, 4096]);
    expect(parameterCountOf(given)).toBe(1e10);
  });

  it('says why a count is too small for the vocabulary, and the rule refuses it naming the field', () => {
    expect(deriveTransformer(request({ parameterCount: 1e6 })).problem).toMatch(/already hold/);
    const errors = paramConstraintErrors(setParams(defaultParams(), { 'model.parameterCount': 1e6 }));
    expect(errors.map((error) => error.path)).toContain('model.parameterCount');
    expect(errors[0]?.message).toMatch(/vocabularySize/);
  });

  it('resolves idempotently', () => {
    fc.assert(
      fc.property(fc.double({ min: 8, max: 14, noNaN: true }), (exponent) => {
        const params = setParams(defaultParams(), { 'model.parameterCount': 10 ** exponent });
        const once = resolveModelShape(params);
        expect(resolveModelShape(once)).toEqual(once);
        expect(paramConstraintErrors(once)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
