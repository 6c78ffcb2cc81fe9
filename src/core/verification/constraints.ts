// Cross-field rules of the verification techniques. Each message names the fields involved.
import { CONFIDENTIAL_FLAG_PATHS, hasConfidentialMode } from '../devices/confidentialModes';
import type { FieldError, ParamConstraint } from '../params/constraints';
import type { Params } from '../params/table';
import { teeModeSupported } from '../privacy/constraints';

/** Attestation needs an enclave to attest. */
function attestationNeedsConfidentialHardware(params: Params): FieldError[] {
  if (params.verification.technique !== 'tee-attestation' || hasConfidentialMode(params.hardware)) return [];
  return [
    {
      path: 'verification.technique',
      message: `verification.technique 'tee-attestation' needs hardware with a confidential-computing mode to attest (${CONFIDENTIAL_FLAG_PATHS}); this hardware has none.`,
    },
  ];
}

/** Attestation runs in the chosen mode, which the device must support. */
function attestationModeMustBeSupported(params: Params): FieldError[] {
  if (params.verification.technique !== 'tee-attestation' || params.privacy.technique === 'tee') return [];
  return teeModeSupported(params);
}

/** Every replica is a separate node. */
function replicasFitInNetwork(params: Params): FieldError[] {
  if (params.verification.technique !== 'redundant-execution') return [];
  const { replicaCount } = params.replication;
  if (replicaCount <= params.network.nodeCount) return [];
  return [
    {
      path: 'replication.replicaCount',
      message: `replication.replicaCount (${replicaCount}) exceeds network.nodeCount (${params.network.nodeCount}); each replica runs on its own node.`,
    },
  ];
}

/** TOPLOC-style commitments hash activations of generated tokens: an inference check. */
function commitmentsNeedInference(params: Params): FieldError[] {
  if (params.verification.technique !== 'hash-commitment' || params.workload.kind === 'inference') return [];
  return [
    {
      path: 'verification.technique',
      message:
        "verification.technique 'hash-commitment' (TOPLOC) checks generated tokens; workload.kind is 'training'. Set workload.kind to 'inference' or choose another technique.",
    },
  ];
}

/** Every cross-field rule of the verification techniques. */
export const VERIFICATION_CONSTRAINTS: readonly ParamConstraint[] = [
  attestationNeedsConfidentialHardware,
  attestationModeMustBeSupported,
  replicasFitInNetwork,
  commitmentsNeedInference,
];
