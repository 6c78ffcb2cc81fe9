// Implied overheads back-solved in closed form for the technique a claim names: the proving rate a zkML claim
// implies, and the slowdown a private-inference claim implies. Both treat the technique's time as an additive
// part of a time-like metric (first order: the ledger's capacity limit is not re-solved).
import type { Params } from '../params/table';
import { formatNumber } from '../scenario/formatNumber';
import { ZK_PROOF_SYSTEMS } from '../verification/zk/catalogue';
import { provenFlopPerS } from '../verification/zk/types';
import { metricValue } from './metricValue';
import type { ClaimedValue, ImpliedQuantity } from './types';

/** Metrics that are a time (lower is better, technique time adds to them). */
const TIME_METRICS: ReadonlySet<string> = new Set([
  'stepTimeS',
  'timeToFinishS',
  'provingTimeS',
  'timeToFinalResultS',
  'securePassTimeS',
]);
/** Metrics that are a rate (the inverse of a time). */
const RATE_METRICS: ReadonlySet<string> = new Set(['throughputTokensPerS']);

/** The metric as a time: itself for time metrics, its inverse for rates, undefined otherwise. */
export function asTime(metric: string, value: number): number | undefined {
  if (TIME_METRICS.has(metric)) return value;
  if (RATE_METRICS.has(metric)) return 1 / value;
  return undefined;
}

/** Largest throughput overhead of one H100 in confidential-computing mode (Phala, arXiv 2409.03992: under 7%). */
const PHALA_TEE_MAX_OVERHEAD_FRACTION = 0.07;

/** Published overall slowdown ranges by privacy technique (docs/model/privacy.md; the TEE bound from Phala's < 7%). */
const PUBLISHED_SLOWDOWN_RANGES: Readonly<Record<string, { low: number; high: number; label: string }>> = {
  fhe: { low: 1e3, high: 1e6, label: 'FHE overall, 10^3-10^6x (docs/model/privacy.md)' },
  'differential-privacy': {
    low: 1.2,
    high: 8,
    label: 'DP-SGD implementations, 1.2-8x (docs/model/privacy.md)',
  },
  tee: {
    low: 1,
    high: 1 / (1 - PHALA_TEE_MAX_OVERHEAD_FRACTION),
    label: 'one H100 in CC mode, under 7% (Phala, arXiv 2409.03992)',
  },
};

/** The proving rate per node a zero-knowledge claim implies, against the proof-system presets. */
export function impliedProvingRate(params: Params, claimed: ClaimedValue): ImpliedQuantity | undefined {
  const claimedTime = asTime(claimed.metric, claimed.value);
  if (params.verification.technique !== 'zero-knowledge' || claimedTime === undefined) return undefined;
  const modelTime = asTime(claimed.metric, metricValue(params, claimed.metric)) ?? Number.NaN;
  const nonProvingS =
    claimed.metric === 'provingTimeS'
      ? 0
      : claimed.metric === 'timeToFinalResultS'
        ? metricValue(params, 'zkVerifyTimeS')
        : (asTime(claimed.metric, metricValue(setVerificationNone(params), claimed.metric)) ?? Number.NaN);
  const modelRate = metricValue(params, 'provenFlopPerS');
  const units = params.hardware.gpusPerNodeCount;
  const rates = Object.values(ZK_PROOF_SYSTEMS)
    .map((system) => provenFlopPerS(system) * (system.hardware.unit === 'gpu' ? units : 1))
    .filter(Number.isFinite);
  const reference = {
    referenceLow: Math.min(...rates),
    referenceHigh: Math.max(...rates),
    referenceLabel: 'the proof-system presets priced per FLOP (general zkML to the fastest) on this node',
  };
  const base = {
    id: 'zk-proving-rate',
    label: 'Proven FLOP per second per node',
    unit: 'FLOP/s',
    modelValue: modelRate,
    ...reference,
  };
  const impliedProvingS = claimedTime - nonProvingS;
  if (!(impliedProvingS > 0))
    return { ...base, summary: 'no proving rate delivers the claim: the job alone takes longer' };
  const impliedValue = (modelRate * (modelTime - nonProvingS)) / impliedProvingS;
  const ratio = impliedValue / reference.referenceHigh;
  return {
    ...base,
    impliedValue,
    summary: `implies proving at ${formatNumber(impliedValue)} FLOP/s per node (${formatNumber(ratio, 3)}x the fastest preset; configured ${formatNumber(modelRate)})`,
  };
}

function setVerificationNone(params: Params): Params {
  return { ...params, verification: { ...params.verification, technique: 'none' } };
}

/** The overall slowdown a private-computation claim implies, against the published range for the technique. */
export function impliedPrivacySlowdown(params: Params, claimed: ClaimedValue): ImpliedQuantity | undefined {
  const claimedTime = asTime(claimed.metric, claimed.value);
  if (
    params.privacy.technique === 'none' ||
    claimedTime === undefined ||
    claimed.metric === 'securePassTimeS'
  )
    return undefined;
  const plain = {
    ...params,
    privacy: { ...params.privacy, technique: 'none' as const, addDifferentialPrivacy: false },
  };
  const plainTime = asTime(claimed.metric, metricValue(plain, claimed.metric));
  const modelTime = asTime(claimed.metric, metricValue(params, claimed.metric));
  if (plainTime === undefined || modelTime === undefined || !(plainTime > 0)) return undefined;
  const published = PUBLISHED_SLOWDOWN_RANGES[params.privacy.technique];
  const impliedValue = claimedTime / plainTime;
  const modelValue = modelTime / plainTime;
  return {
    id: 'privacy-slowdown',
    label: `Slowdown of ${params.privacy.technique} over plain computation`,
    unit: 'ratio',
    impliedValue,
    modelValue,
    ...(published
      ? { referenceLow: published.low, referenceHigh: published.high, referenceLabel: published.label }
      : {}),
    summary: `implies a ${formatNumber(impliedValue, 3)}x slowdown over plain computation (model: ${formatNumber(modelValue, 3)}x${published ? `; published ${published.label}` : ''})`,
  };
}
