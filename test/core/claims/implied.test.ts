// The overheads a claim implies for the technique it names, checked against the model run with the overhead
// the claim implies: a zkML claim equal to what the general-purpose prover gives must imply that prover's rate.
import { describe, expect, it } from 'vitest';
import { impliedPrivacySlowdown, impliedProvingRate } from '../../../src/core/claims/impliedAnalytic';
import { metricValue } from '../../../src/core/claims/metricValue';
import { resolveClaim } from '../../../src/core/claims/resolve';
import type { ClaimedValue } from '../../../src/core/claims/types';
import { setParam } from '../../../src/core/params/table';
import { minimalClaim, parsedClaim } from './fixtures';

const zkParams = resolveClaim(
  parsedClaim(
    minimalClaim({
      presets: { hardware: 'A100_SXM_80GB' },
      params: {
        'workload.kind': 'inference',
        'inference.placement': 'replicated',
        'model.parameterCount': 13e9,
        'model.layerCount': 40,
        'model.hiddenSize': 5120,
        'inference.promptTokenCount': 2048,
        'inference.outputTokenCount': 16,
        'hardware.gpusPerNodeCount': 2,
        'network.nodeCount': 1,
        'verification.technique': 'zero-knowledge',
        'zk.proofSystem': 'zkllm-gpu',
      },
      claim: { metric: 'provingTimeS', direction: 'at-most', value: 900 },
    }),
  ),
).params;
const generalParams = setParam(zkParams, 'zk.proofSystem', 'general-zkml');

describe('implied proving rate', () => {
  it.each(['provingTimeS', 'timeToFinalResultS', 'timeToFinishS', 'throughputTokensPerS'])(
    'a %s claim equal to the general prover’s figure implies the general prover’s rate',
    (metric) => {
      const claimed: ClaimedValue = {
        metric,
        direction: 'at-most',
        value: metricValue(generalParams, metric),
      };
      const implied = impliedProvingRate(zkParams, claimed);
      expect(implied?.modelValue).toBe(metricValue(zkParams, 'provenFlopPerS'));
      const expected = metricValue(generalParams, 'provenFlopPerS');
      expect(Math.abs((implied?.impliedValue ?? Number.NaN) / expected - 1)).toBeLessThan(1e-6);
    },
  );

  it('says no rate is enough when the claim is faster than the job without any proof', () => {
    const plainTime = metricValue(setParam(zkParams, 'verification.technique', 'none'), 'timeToFinishS');
    const implied = impliedProvingRate(zkParams, {
      metric: 'timeToFinishS',
      direction: 'at-most',
      value: plainTime / 2,
    });
    expect(implied?.impliedValue).toBeUndefined();
    expect(implied?.summary).toContain('no proving rate');
  });

  it('does not apply without zero-knowledge proofs or to a metric that is not a time or a rate', () => {
    const none = setParam(zkParams, 'verification.technique', 'none');
    expect(
      impliedProvingRate(none, { metric: 'timeToFinishS', direction: 'at-most', value: 1 }),
    ).toBeUndefined();
    expect(
      impliedProvingRate(zkParams, { metric: 'proofSizeBytes', direction: 'at-most', value: 1 }),
    ).toBeUndefined();
  });
});

describe('implied privacy slowdown', () => {
  const mpcParams = setParam(
    setParam(zkParams, 'verification.technique', 'none'),
    'privacy.technique',
    'mpc',
  );
  const plainParams = setParam(mpcParams, 'privacy.technique', 'none');

  it('equals the model’s own slowdown when the claim equals the model, and scales with the claim', () => {
    const modelTime = metricValue(mpcParams, 'timeToFinishS');
    const atModel = impliedPrivacySlowdown(mpcParams, {
      metric: 'timeToFinishS',
      direction: 'at-most',
      value: modelTime,
    });
    expect(atModel?.impliedValue).toBeCloseTo(atModel?.modelValue ?? Number.NaN, 9);
    expect(atModel?.modelValue).toBeCloseTo(modelTime / metricValue(plainParams, 'timeToFinishS'), 9);
    const halved = impliedPrivacySlowdown(mpcParams, {
      metric: 'timeToFinishS',
      direction: 'at-most',
      value: modelTime / 2,
    });
    expect((halved?.impliedValue ?? 0) * 2).toBeCloseTo(atModel?.impliedValue ?? Number.NaN, 9);
  });

  it('gives the published range for techniques that have one', () => {
    const fheParams = setParam(mpcParams, 'privacy.technique', 'fhe');
    const implied = impliedPrivacySlowdown(fheParams, {
      metric: 'timeToFinishS',
      direction: 'at-most',
      value: 10,
    });
    expect(implied?.referenceLow).toBe(1e3);
    expect(implied?.referenceHigh).toBe(1e6);
  });
});
