// Which error area a metric of a configuration belongs to, so its value carries that area's measured model
// error: privacy figures by the privacy technique, verification figures by the verification technique,
// performance figures by the job and whether its nodes share one datacentre, except under MPC or FHE, whose
// secure pass is most of a step (hundreds to thousands of times the plain one), so their area's error governs. Pure.
import { findMetric } from '../metrics/catalog';
import type { Params } from '../params/table';
import { NETWORK_PRESETS } from '../presets/network';
import type { ErrorAreaId } from './errorAreas';

/**
 * Largest round trip at which a training job counts as datacentre training rather than training over a
 * network: the cloud-LAN preset's same-zone round trip (presets/network.ts); anything slower crosses a WAN.
 */
export const DATACENTRE_MAX_RTT_MS = NETWORK_PRESETS['cloud-lan'].values.rttMs;

const PRIVACY_AREAS: Readonly<Partial<Record<Params['privacy']['technique'], ErrorAreaId>>> = {
  mpc: 'mpc',
  fhe: 'fhe',
  tee: 'tee',
  'differential-privacy': 'dp-fl',
  federated: 'dp-fl',
};

/** Privacy techniques whose cost dominates a step, so performance figures take their area. */
const DOMINANT_PRIVACY_TECHNIQUES: ReadonlySet<Params['privacy']['technique']> = new Set(['mpc', 'fhe']);

const VERIFICATION_AREAS: Readonly<Partial<Record<Params['verification']['technique'], ErrorAreaId>>> = {
  'zero-knowledge': 'zk',
  'tee-attestation': 'tee',
  'redundant-execution': 'other-verification',
  'spot-check': 'other-verification',
  optimistic: 'other-verification',
  'hash-commitment': 'other-verification',
};

/** The error area of `metric` under `params`, or undefined when no area's figures speak to it. */
export function errorAreaOfMetric(metric: string, params: Params): ErrorAreaId | undefined {
  const corner = findMetric(metric)?.corner;
  switch (corner) {
    case 'privacy':
      return PRIVACY_AREAS[params.privacy.technique];
    case 'verifiability':
      return VERIFICATION_AREAS[params.verification.technique];
    case 'ledger':
      return 'ledger';
    case 'limits':
      return 'limits';
    case 'performance':
      if (DOMINANT_PRIVACY_TECHNIQUES.has(params.privacy.technique))
        return PRIVACY_AREAS[params.privacy.technique];
      if (params.workload.kind === 'inference') return 'inference-networks';
      return params.network.rttMs <= DATACENTRE_MAX_RTT_MS ? 'datacentre-training' : 'training-networks';
    default:
      return undefined;
  }
}
