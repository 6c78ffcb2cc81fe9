// Behaviour of each verification technique: what it catches, what it costs, when cheating stops paying.
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic, evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { fraudProofDetectionProbability } from '../../../src/core/verification/optimistic';
import { VERIFICATION_CORE_LABELS } from '../../../src/core/verification/outcome';
import { VERIFICATION_TECHNIQUES } from '../../../src/core/verification/params';
import { DETERMINISTIC_KERNEL_SLOWDOWN_FACTOR } from '../../../src/core/verification/redundantExecution';

const metricsOf = (params: Params) => evaluateAnalytic(params).result.metrics;
const with_ = (values: Record<string, number | string | boolean>) => setParams(defaultParams(), values);

describe('no verification', () => {
  it('catches nothing and accepts a wrong result whenever the node is adversarial', () => {
    const metrics = metricsOf(with_({ 'adversary.maliciousFraction': 0.2 }));
    expect(metrics.detectionProbabilityFraction).toBe(0);
    expect(metrics.acceptedBadResultProbabilityFraction).toBe(0.2);
    expect(metrics.cheatingPaysFlag).toBe(1);
  });
});

describe('redundant execution', () => {
  const replicated = with_({
    'verification.technique': 'redundant-execution',
    'adversary.maliciousFraction': 0.2,
  });

  it('accepts a wrong result only when all k replicas collude: f^k', () => {
    const metrics = metricsOf(replicated);
    expect(metrics.acceptedBadResultProbabilityFraction).toBeCloseTo(0.2 ** 3, 12);
    expect(metrics.detectionProbabilityFraction).toBeCloseTo(1 - 0.2 ** 2, 12);
    expect(metrics.resourceMultiplierRatio).toBe(3);
  });

  it('catches every cheat when adversaries do not collude', () => {
    expect(
      metricsOf(setParams(replicated, { 'adversary.colluding': false })).detectionProbabilityFraction,
    ).toBe(1);
  });

  it('pays for deterministic kernels in compute, and for exact comparison without them in re-runs', () => {
    const tolerance = metricsOf(replicated);
    const exact = metricsOf(setParams(replicated, { 'replication.comparison': 'exact' }));
    const deterministic = metricsOf(
      setParams(replicated, { 'replication.comparison': 'exact', 'replication.deterministicKernels': true }),
    );
    expect(exact.falseAlarmProbabilityFraction).toBeGreaterThan(0);
    expect(exact.stepTimeS).toBeGreaterThan(tolerance.stepTimeS ?? 0);
    expect(deterministic.falseAlarmProbabilityFraction).toBe(0);
    expect(deterministic.stepVerificationS).toBeCloseTo(
      (DETERMINISTIC_KERNEL_SLOWDOWN_FACTOR - 1) * (tolerance.stepComputeS ?? 0),
      9,
    );
  });
});

describe('spot checks', () => {
  it('deter cheating once the audit rate times the stake exceeds the gain', () => {
    const base = with_({ 'verification.technique': 'spot-check', 'adversary.colluding': false });
    const gain = metricsOf(base).cheatGainUsd ?? 0;
    const penalty = 1000;
    const rateAt = (auditRateFraction: number) =>
      metricsOf(
        setParams(base, {
          'spotCheck.auditRateFraction': auditRateFraction,
          'verification.slashingPenaltyUsd': penalty,
        }),
      );
    // Cheating pays while (1 - s) gain > s penalty, i.e. s < gain / (gain + penalty).
    const breakEven = gain / (gain + penalty);
    expect(rateAt(breakEven * 0.9).cheatingPaysFlag).toBe(1);
    expect(rateAt(Math.min(1, breakEven * 1.1)).cheatingPaysFlag).toBe(0);
  });

  it('catch a repeated cheater with 1 - (1 - s)^m', () => {
    const metrics = metricsOf(
      with_({
        'verification.technique': 'spot-check',
        'adversary.colluding': false,
        'spotCheck.auditRateFraction': 0.1,
        'spotCheck.cheatAttemptCount': 10,
      }),
    );
    expect(metrics.detectionOverRepeatedCheatsFraction).toBeCloseTo(1 - 0.9 ** 10, 12);
    expect(metrics.resourceMultiplierRatio).toBeCloseTo(1.1, 12);
  });
});

describe('optimistic fraud proofs', () => {
  it('catch with 1 - (1 - w)^watchers and become final after the window', () => {
    expect(fraudProofDetectionProbability(3, 0.5, 0.3, false)).toBeCloseTo(1 - 0.5 ** 3, 12);
    expect(fraudProofDetectionProbability(3, 0.5, 0.3, true)).toBeCloseTo(1 - (1 - 0.5 * 0.7) ** 3, 12);
    const metrics = metricsOf(with_({ 'verification.technique': 'optimistic' }));
    expect(metrics.timeToFinalResultS).toBe(604800);
  });
});

describe('TEE attestation', () => {
  it('pays confidential-computing mode once when the privacy technique is already a TEE', () => {
    const attested = metricsOf(with_({ 'verification.technique': 'tee-attestation' }));
    const both = metricsOf(
      with_({ 'verification.technique': 'tee-attestation', 'privacy.technique': 'tee' }),
    );
    const teeOnly = metricsOf(with_({ 'privacy.technique': 'tee' }));
    expect(attested.stepVerificationS).toBeGreaterThan(0);
    expect(both.stepVerificationS).toBe(0);
    expect(both.stepTimeS).toBeCloseTo(teeOnly.stepTimeS ?? 0, 12);
    expect(attested.detectionProbabilityFraction).toBeCloseTo(0.99, 12);
  });
});

describe('zero-knowledge proofs', () => {
  it('prove at the preset rate, on the critical path, and take proving plus verifying to be final', () => {
    const zk = with_({ 'verification.technique': 'zero-knowledge' });
    const fast = metricsOf(zk);
    const general = metricsOf(setParams(zk, { 'zk.proofSystem': 'general-zkml' }));
    expect((general.provingTimeS ?? 0) / (fast.provingTimeS ?? 1)).toBeGreaterThan(1e5);
    expect(fast.timeToFinalResultS).toBeGreaterThan(fast.provingTimeS ?? 0);
    expect(fast.detectionProbabilityFraction).toBe(1);
    expect(fast.onChainVerifyGas).toBeGreaterThan(0);
  });
});

describe('hash commitments', () => {
  it('cost 258 bytes per 32 tokens and catch substitution when a checker is honest', () => {
    const params = with_({
      'workload.kind': 'inference',
      'verification.technique': 'hash-commitment',
      'inference.batchSizeCount': 64,
      'network.nodeCount': 1,
    });
    const metrics = metricsOf(params);
    expect(metrics.verificationTrafficBytesPerNodePerStep).toBeCloseTo(2 * 258, 9);
    expect(metricsOf(setParams(params, { 'adversary.colluding': false })).detectionProbabilityFraction).toBe(
      1,
    );
  });
});

describe('every verification technique', () => {
  it('reports the core labels', () => {
    for (const technique of VERIFICATION_TECHNIQUES) {
      const kind = technique === 'hash-commitment' ? 'inference' : 'training';
      const result = evaluatePoint(with_({ 'verification.technique': technique, 'workload.kind': kind }));
      for (const label of VERIFICATION_CORE_LABELS)
        expect(result.labels[label], `${technique} ${label}`).toBeTruthy();
    }
  });
});
