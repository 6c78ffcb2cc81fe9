// The technique map: every combination is either evaluated or refused with the rule's message, each point's
// numbers are the engine's for that combination, and the frontier flags mean what they say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { PRIVACY_TECHNIQUES } from '../../../src/core/privacy/params';
import { frontierFlags } from '../../../src/core/techniqueMap/pareto';
import {
  combinationParams,
  type TechniqueMapPoint,
  techniqueMap,
} from '../../../src/core/techniqueMap/techniqueMap';
import { VERIFICATION_TECHNIQUES } from '../../../src/core/verification/params';

const dominates = (a: TechniqueMapPoint, b: TechniqueMapPoint): boolean => {
  const ge =
    a.throughputTokensPerS >= b.throughputTokensPerS &&
    a.privacyExposureProbabilityFraction <= b.privacyExposureProbabilityFraction &&
    a.detectionProbabilityFraction >= b.detectionProbabilityFraction;
  const gt =
    a.throughputTokensPerS > b.throughputTokensPerS ||
    a.privacyExposureProbabilityFraction < b.privacyExposureProbabilityFraction ||
    a.detectionProbabilityFraction > b.detectionProbabilityFraction;
  return ge && gt;
};

describe('techniqueMap', () => {
  const training = defaultParams();
  const inference = setParams(defaultParams(), { 'workload.kind': 'inference' });

  it.each([
    ['training', training],
    ['inference', inference],
  ])('covers every combination once for a %s job', (_name, params) => {
    const map = techniqueMap(params);
    const keys = [...map.points, ...map.refused].map(
      (p) => `${p.privacyTechnique}|${p.verificationTechnique}`,
    );
    expect(new Set(keys).size).toBe(PRIVACY_TECHNIQUES.length * VERIFICATION_TECHNIQUES.length);
    expect(keys.length).toBe(PRIVACY_TECHNIQUES.length * VERIFICATION_TECHNIQUES.length);
    for (const item of map.refused) {
      const combined = combinationParams(params, item.privacyTechnique, item.verificationTechnique);
      expect(item.reasons).toEqual(paramConstraintErrors(combined).map((error) => error.message));
      expect(item.reasons.length).toBeGreaterThan(0);
    }
  });

  it('refuses what the rules refuse: TOPLOC for training, DP-SGD and federated for inference', () => {
    const trainingRefused = techniqueMap(training).refused.map((r) => r.verificationTechnique);
    expect(new Set(trainingRefused)).toEqual(new Set(['hash-commitment']));
    const inferenceRefused = new Set(techniqueMap(inference).refused.map((r) => r.privacyTechnique));
    expect(inferenceRefused).toEqual(new Set(['differential-privacy', 'federated']));
  });

  it("gives each point the engine's own numbers for that combination", () => {
    for (const point of techniqueMap(training).points) {
      const combined = combinationParams(training, point.privacyTechnique, point.verificationTechnique);
      const { metrics, labels } = evaluateAnalytic(combined).result;
      expect(point.throughputTokensPerS).toBe(metrics.throughputTokensPerS);
      expect(point.privacyExposureProbabilityFraction).toBe(metrics.privacyExposureProbabilityFraction);
      expect(point.detectionProbabilityFraction).toBe(metrics.detectionProbabilityFraction);
      expect(point.verificationTrustAssumption).toBe(labels.trustAssumption);
    }
  });

  it('marks exactly the undominated points as Pareto-optimal', () => {
    const { points } = techniqueMap(training);
    for (const point of points) {
      const dominated = points.some((other) => other !== point && dominates(other, point));
      expect(point.paretoOptimal).toBe(!dominated);
    }
    expect(points.some((p) => p.paretoOptimal)).toBe(true);
    expect(points.some((p) => !p.paretoOptimal)).toBe(true);
  });

  it('turns DP-SGD layered on top off, so each technique is shown alone', () => {
    const layered = setParams(training, { 'privacy.addDifferentialPrivacy': true });
    expect(techniqueMap(layered)).toEqual(techniqueMap(training));
  });
});

describe('frontierFlags', () => {
  it('flags a point iff no other point dominates it (any objectives)', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (items) => {
        const objectives = [(p: [number, number]) => p[0], (p: [number, number]) => -p[1]];
        const flags = frontierFlags(items, objectives);
        items.forEach((item, index) => {
          const dominated = items.some(
            (other) =>
              other !== item &&
              other[0] >= item[0] &&
              other[1] <= item[1] &&
              (other[0] > item[0] || other[1] < item[1]),
          );
          expect(flags[index]).toBe(!dominated);
        });
      }),
    );
  });

  it('keeps points with a non-finite objective off the frontier', () => {
    expect(frontierFlags([1, Number.NaN, 3], [(value) => value])).toEqual([false, false, true]);
  });
});
