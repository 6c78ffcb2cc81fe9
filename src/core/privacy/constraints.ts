// Cross-field rules of the privacy techniques: combinations the hardware or the job cannot support. Each
// message names the fields involved and what would make the combination valid.
import {
  CONFIDENTIAL_FLAG_PATHS,
  CONFIDENTIAL_MODES,
  hasConfidentialMode,
  supportedConfidentialModes,
} from '../devices/confidentialModes';
import type { FieldError, ParamConstraint } from '../params/constraints';
import type { Params } from '../params/table';

/** TEE needs GPUs with a confidential-computing mode. */
function teeNeedsConfidentialHardware(params: Params): FieldError[] {
  if (params.privacy.technique !== 'tee' || hasConfidentialMode(params.hardware)) return [];
  return [
    {
      path: 'privacy.technique',
      message: `privacy.technique 'tee' needs hardware with a confidential-computing mode (${CONFIDENTIAL_FLAG_PATHS}); this hardware has none (consumer GPUs do not). Choose a device with one (H100, H200, B200, a Xeon with TDX) or another technique.`,
    },
  ];
}

/**
 * A chosen confidential-computing mode must be one the device supports (its hardware flag is on); used by the
 * TEE technique and by TEE attestation.
 */
export function teeModeSupported(params: Params): FieldError[] {
  const mode = CONFIDENTIAL_MODES.find((candidate) => candidate.id === params.tee.mode);
  if (mode === undefined || params.hardware[mode.flag]) return [];
  const supported = supportedConfidentialModes(params.hardware);
  const allowed =
    supported.length > 0
      ? `'auto' or one it supports: ${supported.join(', ')}`
      : 'none: this device has no mode';
  return [
    {
      path: 'tee.mode',
      message: `tee.mode '${mode.id}' (${mode.label}) needs hardware.${mode.flag} = true; this device does not support it. Allowed: ${allowed}.`,
    },
  ];
}

/** The TEE technique's chosen mode must be supported by the device. */
function teeModeMustBeSupported(params: Params): FieldError[] {
  return params.privacy.technique === 'tee' ? teeModeSupported(params) : [];
}

/** DP-SGD protects training data; it has no meaning for a serving job. */
function dpNeedsTraining(params: Params): FieldError[] {
  if (params.workload.kind === 'training') return [];
  const errors: FieldError[] = [];
  if (params.privacy.technique === 'differential-privacy') {
    errors.push({
      path: 'privacy.technique',
      message:
        "privacy.technique 'differential-privacy' (DP-SGD) protects training data, but workload.kind is 'inference'. Set workload.kind to 'training' or choose another technique.",
    });
  }
  if (params.privacy.addDifferentialPrivacy) {
    errors.push({
      path: 'privacy.addDifferentialPrivacy',
      message:
        "privacy.addDifferentialPrivacy (DP-SGD on top) needs workload.kind 'training'; it is 'inference'. Turn the flag off or switch to training.",
    });
  }
  return errors;
}

/** Federated learning trains whole models on each owner's data. */
function federatedNeedsLocalTraining(params: Params): FieldError[] {
  if (params.privacy.technique !== 'federated') return [];
  if (params.workload.kind !== 'training') {
    return [
      {
        path: 'privacy.technique',
        message:
          "privacy.technique 'federated' is a way to train; workload.kind is 'inference'. Set workload.kind to 'training'.",
      },
    ];
  }
  if (params.training.strategy === 'pipeline') {
    return [
      {
        path: 'privacy.technique',
        message:
          "privacy.technique 'federated' needs each owner to train the whole model on its own data, but training.strategy 'pipeline' sends activations of that data to other stages. Use 'data-parallel' or 'low-communication'.",
      },
    ];
  }
  return [];
}

/** MPC parties are network nodes, and a threshold above the party count means nothing. */
function mpcPartiesAndThreshold(params: Params): FieldError[] {
  if (params.privacy.technique !== 'mpc') return [];
  const { partyCount, collusionThresholdCount } = params.mpc;
  const errors: FieldError[] = [];
  if (collusionThresholdCount > partyCount) {
    errors.push({
      path: 'mpc.collusionThresholdCount',
      message: `mpc.collusionThresholdCount (${collusionThresholdCount}) cannot exceed mpc.partyCount (${partyCount}).`,
    });
  }
  if (partyCount > params.network.nodeCount) {
    errors.push({
      path: 'mpc.partyCount',
      message: `mpc.partyCount (${partyCount}) exceeds network.nodeCount (${params.network.nodeCount}); every party is a node.`,
    });
  }
  return errors;
}

/** Every cross-field rule of the privacy techniques. */
export const PRIVACY_CONSTRAINTS: readonly ParamConstraint[] = [
  teeNeedsConfidentialHardware,
  teeModeMustBeSupported,
  dpNeedsTraining,
  federatedNeedsLocalTraining,
  mpcPartiesAndThreshold,
];
