// Behaviour of each privacy technique and of layering DP on top: who sees the data, what it costs, and how
// the cost moves with the inputs that drive it.
import { describe, expect, it } from 'vitest';
import { effectContext, evaluateAnalytic, evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import {
  dpAccuracyLossFraction,
  membershipAdvantageBound,
} from '../../../src/core/privacy/differentialPrivacy';
import { secureAggregationExpansionRatio } from '../../../src/core/privacy/federated';
import { tfheBootstrapSeconds } from '../../../src/core/privacy/fhe/tfheBootstrap';
import { PRIVACY_CORE_LABELS } from '../../../src/core/privacy/outcome';
import { PRIVACY_TECHNIQUES } from '../../../src/core/privacy/params';

const metricsOf = (params: Params) => evaluateAnalytic(params).result.metrics;
const inference = setParams(defaultParams(), {
  'workload.kind': 'inference',
  'model.parameterCount': 110e6,
  'model.layerCount': 12,
  'model.hiddenSize': 768,
  'inference.promptTokenCount': 128,
  'inference.outputTokenCount': 16,
  'network.nodeCount': 3,
});

describe('no protection', () => {
  it('exposes data whenever a node that sees it is adversarial', () => {
    const honest = metricsOf(setParams(defaultParams(), { 'adversary.maliciousFraction': 0 }));
    const hostile = metricsOf(setParams(defaultParams(), { 'adversary.maliciousFraction': 0.1 }));
    expect(honest.privacyExposureProbabilityFraction).toBe(0);
    expect(hostile.privacyExposureProbabilityFraction).toBeGreaterThan(0.1);
    expect(hostile.privacySlowdownRatio).toBe(1);
  });
});

describe('differential privacy', () => {
  it('bounds membership inference by (e^ε - 1 + 2δ)/(e^ε + 1)', () => {
    expect(membershipAdvantageBound(1, 1e-5)).toBeCloseTo((Math.E - 1 + 2e-5) / (Math.E + 1), 12);
    expect(membershipAdvantageBound(0, 0)).toBe(0);
  });

  it('loses more accuracy at smaller ε and from scratch than fine-tuning', () => {
    expect(dpAccuracyLossFraction(1, 'pretrained')).toBeGreaterThan(dpAccuracyLossFraction(8, 'pretrained'));
    expect(dpAccuracyLossFraction(8, 'from-scratch')).toBeGreaterThan(
      dpAccuracyLossFraction(8, 'pretrained'),
    );
  });

  it('does not hide raw data from the nodes that train', () => {
    const plain = metricsOf(defaultParams());
    const dp = metricsOf(setParams(defaultParams(), { 'privacy.technique': 'differential-privacy' }));
    expect(dp.privacyExposureProbabilityFraction).toBe(plain.privacyExposureProbabilityFraction);
    expect(dp.membershipAdvantageBoundFraction).toBeLessThan(1);
  });
});

describe('federated learning', () => {
  it('reproduces Bonawitz et al.’s expansion from the per-user cost formula', () => {
    expect(secureAggregationExpansionRatio(2 ** 10, 2 ** 20, 16)).toBeCloseTo(1.734, 3);
    expect(secureAggregationExpansionRatio(2 ** 14, 2 ** 24, 16)).toBeCloseTo(1.984, 3);
  });

  it('hides updates with secure aggregation unless a third of the users collude', () => {
    const base = setParams(defaultParams(), { 'privacy.technique': 'federated', 'network.nodeCount': 30 });
    const masked = metricsOf(base);
    const open = metricsOf(setParams(base, { 'federated.secureAggregation': false }));
    expect(masked.privacyExposureProbabilityFraction).toBeLessThan(
      open.privacyExposureProbabilityFraction ?? 0,
    );
    expect(masked.stepTimeS).toBeGreaterThan(open.stepTimeS ?? 0);
  });
});

describe('trusted execution', () => {
  it('exposes data only when the enclave is broken', () => {
    const tee = setParams(defaultParams(), { 'privacy.technique': 'tee' });
    expect(
      metricsOf(setParams(tee, { 'tee.breachProbabilityFraction': 0 })).privacyExposureProbabilityFraction,
    ).toBe(0);
    expect(metricsOf(tee).privacyExposureProbabilityFraction).toBeGreaterThan(0);
  });

  it('costs more with more GPUs per node (encrypted GPU-to-GPU traffic)', () => {
    const tee = setParams(defaultParams(), { 'privacy.technique': 'tee', 'network.nodeCount': 2 });
    const one = metricsOf(setParams(tee, { 'hardware.gpusPerNodeCount': 1 }));
    const eight = metricsOf(setParams(tee, { 'hardware.gpusPerNodeCount': 8 }));
    expect(eight.privacySlowdownRatio).toBeGreaterThan(one.privacySlowdownRatio ?? 0);
  });
});

describe('secure multi-party computation', () => {
  const mpc = setParams(inference, { 'privacy.technique': 'mpc' });

  it('is several times slower over a WAN than a LAN, mostly in round trips', () => {
    const lan = metricsOf(
      setParams(mpc, { 'network.rttMs': 0.3, 'network.uploadMbps': 3000, 'network.downloadMbps': 3000 }),
    );
    const wan = metricsOf(
      setParams(mpc, { 'network.rttMs': 40, 'network.uploadMbps': 400, 'network.downloadMbps': 400 }),
    );
    expect((wan.securePassTimeS ?? 0) / (lan.securePassTimeS ?? 1)).toBeGreaterThan(3);
    expect(wan.mpcRoundTripShareFraction).toBeGreaterThan(0.5);
  });

  it('charges each party the whole computation on shares', () => {
    expect(metricsOf(mpc).resourceMultiplierRatio).toBe(3);
  });

  it('turns the whole secure request into the request time, whatever the output length', () => {
    for (const outputTokenCount of [1, 16, 200]) {
      const params = setParams(mpc, { 'inference.outputTokenCount': outputTokenCount });
      const result = evaluatePoint(params);
      const workload = effectContext(params).workload;
      // What the secure computation does not replace: the request's round trip and non-compute step terms.
      const setupNotComputeS = workload.setupTimeS - (workload.metrics.prefillTimeS ?? 0);
      const stepNotComputeS = result.terms
        .filter((term) => term.category !== 'compute' && term.category !== 'privacy')
        .reduce((sum, term) => sum + term.seconds, 0);
      expect(result.metrics.timeToFinishS).toBeCloseTo(
        (result.metrics.securePassTimeS ?? 0) + setupNotComputeS + outputTokenCount * stepNotComputeS,
        6,
      );
    }
  });

  it('exposes data only to a colluding coalition of t parties', () => {
    const colluding = metricsOf(setParams(mpc, { 'adversary.colluding': true }));
    const alone = metricsOf(setParams(mpc, { 'adversary.colluding': false }));
    expect(colluding.privacyExposureProbabilityFraction).toBeGreaterThan(0);
    expect(alone.privacyExposureProbabilityFraction).toBe(0);
  });
});

describe('homomorphic encryption', () => {
  it('bootstraps at the 4-bit calibration point and grows with the parameter set each precision needs', () => {
    expect(tfheBootstrapSeconds(4)).toBeCloseTo(0.0156, 6);
    // TFHE-rs v1.4 algorithmic costs 113 (4 bits), 900 (6 bits), 11,860 (8 bits).
    expect(tfheBootstrapSeconds(6) / tfheBootstrapSeconds(4)).toBeCloseTo(900 / 113, 6);
    expect(tfheBootstrapSeconds(8) / tfheBootstrapSeconds(6)).toBeCloseTo(11860 / 900, 6);
    expect(tfheBootstrapSeconds(7) / tfheBootstrapSeconds(6)).toBeCloseTo((11860 / 900) ** 0.5, 6);
  });

  it('hides data from every compute node and costs orders of magnitude more than MPC on a LAN', () => {
    const fhe = metricsOf(
      setParams(inference, { 'privacy.technique': 'fhe', 'fhe.scheme': 'tfhe', 'fhe.device': 'cpu' }),
    );
    const mpc = metricsOf(setParams(inference, { 'privacy.technique': 'mpc', 'network.rttMs': 0.3 }));
    expect(fhe.privacyExposureProbabilityFraction).toBe(0);
    expect((fhe.securePassTimeS ?? 0) / (mpc.securePassTimeS ?? 1)).toBeGreaterThan(10);
  });

  it('loses less accuracy with more bits', () => {
    const tfhe = setParams(inference, { 'privacy.technique': 'fhe', 'fhe.scheme': 'tfhe' });
    const six = metricsOf(setParams(tfhe, { 'fhe.messageBitWidthCount': 6 }));
    const eight = metricsOf(setParams(tfhe, { 'fhe.messageBitWidthCount': 8 }));
    expect(eight.accuracyLossFraction).toBeLessThan(six.accuracyLossFraction ?? 0);
  });
});

describe('every privacy technique', () => {
  it('reports the core labels', () => {
    for (const technique of PRIVACY_TECHNIQUES) {
      const kind =
        technique === 'differential-privacy' || technique === 'federated' ? 'training' : 'inference';
      const result = evaluatePoint(
        setParams(inference, { 'privacy.technique': technique, 'workload.kind': kind }),
      );
      for (const label of PRIVACY_CORE_LABELS)
        expect(result.labels[label], `${technique} ${label}`).toBeTruthy();
    }
  });

  it('orders the article’s claim on one encoder pass: FHE (TFHE) > MPC > TEE >= none', () => {
    const encoder = setParams(inference, {
      'inference.outputTokenCount': 1,
      'network.rttMs': 1,
      'fhe.scheme': 'tfhe',
      'fhe.device': 'cpu',
    });
    const time = (technique: string) =>
      metricsOf(setParams(encoder, { 'privacy.technique': technique })).timeToFinishS ?? 0;
    expect(time('fhe')).toBeGreaterThan(time('mpc'));
    expect(time('mpc')).toBeGreaterThan(time('tee'));
    expect(time('tee')).toBeGreaterThanOrEqual(time('none'));
  });
});

describe('layering DP on another technique', () => {
  it('adds the DP bound and compounds the cost, keeping the base technique’s exposure', () => {
    const federated = setParams(defaultParams(), { 'privacy.technique': 'federated' });
    const alone = evaluatePoint(federated);
    const layered = evaluatePoint(setParams(federated, { 'privacy.addDifferentialPrivacy': true }));
    expect(layered.metrics.membershipAdvantageBoundFraction).toBeLessThan(1);
    expect(layered.metrics.privacyExposureProbabilityFraction).toBe(
      alone.metrics.privacyExposureProbabilityFraction,
    );
    expect(layered.metrics.stepTimeS).toBeGreaterThan(alone.metrics.stepTimeS ?? 0);
    expect(layered.labels.dataHiddenFrom).toContain('users of the trained model');
  });

  it('adds nothing when DP is already the technique', () => {
    const dp = setParams(defaultParams(), { 'privacy.technique': 'differential-privacy' });
    expect(metricsOf(setParams(dp, { 'privacy.addDifferentialPrivacy': true }))).toEqual(metricsOf(dp));
  });
});
