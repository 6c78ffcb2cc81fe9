// Fully homomorphic encryption: the data owner encrypts its input once, a server computes on ciphertexts, and
// only the key holder can decrypt the result. One round trip; the cost is per-operation bootstrapping.
// The unit's FHE time replaces its plain compute; the privacy terms are the excess, spread over its steps.
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { choiceParam, numberParam } from '../params/spec';
import type { Params } from '../params/table';
import {
  CKKS_BYTES_PER_ENCRYPTED_VALUE,
  CKKS_CPU_OVER_GPU_SLOWDOWN_FACTOR,
  CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT,
  TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION,
  TFHE_ACCURACY_LOSS_FACTOR_PER_BIT,
  TFHE_ACCURACY_REFERENCE_BITS,
  TFHE_BYTES_PER_ENCRYPTED_VALUE,
  TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT,
  tfheBootstrapSeconds,
} from './fheSchemes';
import { roundTripSeconds, transferSeconds } from './networkTime';
import { totalNonlinearCount } from './operationCounts';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import { plainUnitComputeSeconds, type SecureWork, secureWork, unitOperations } from './securePass';

/** Parameters of FHE (group `fhe`). */
export const FHE_PARAMS = {
  scheme: choiceParam({
    label: 'FHE scheme',
    options: ['ckks', 'tfhe'] as const,
    default: 'ckks',
    description:
      'CKKS: approximate arithmetic in SIMD slots (NEXUS-style transformers). TFHE: exact small integers with a programmable bootstrap per non-linear element (Concrete ML).',
    source: 'NEXUS (NDSS 2025); TFHE-rs and Concrete ML (Zama)',
  }),
  device: choiceParam({
    label: 'FHE hardware',
    options: ['gpu', 'cpu'] as const,
    default: 'gpu',
    description: 'Run the homomorphic evaluation on the node’s GPUs or on its CPU cores.',
    source: 'NEXUS GPU version 42.3x faster than CPU; Concrete ML ResNet18 on 196 cores versus 8 x H100',
  }),
  messageBitWidthCount: numberParam({
    label: 'Message bit width (TFHE)',
    unit: 'bits',
    default: 6,
    min: 1,
    max: 16,
    integer: true,
    description: 'Bits of each quantised value a bootstrap handles; cost grows about 3.2x per bit.',
    source: 'TFHE-rs PBS benchmarks: 15.6 ms at 4 bits, 1.58 s at 8 bits; Concrete ML ResNet18 at 6 bits',
  }),
  cpuCoreCount: numberParam({
    label: 'CPU cores for FHE',
    unit: 'count',
    default: 192,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Cores that run bootstraps in parallel when the device is the CPU (TFHE).',
    source: 'TFHE-rs benchmark machine: AWS hpc7a.96xlarge, 192 cores',
  }),
} as const;

/** Seconds of homomorphic evaluation for the given non-linear element count on the configured hardware. */
export function fheComputeSeconds(params: Params, elementCount: number): number {
  const { scheme, device, messageBitWidthCount, cpuCoreCount } = params.fhe;
  const gpuCount = params.hardware.gpusPerNodeCount;
  if (scheme === 'tfhe') {
    const lanes = device === 'cpu' ? cpuCoreCount : gpuCount * TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT;
    return (elementCount * tfheBootstrapSeconds(messageBitWidthCount)) / lanes;
  }
  const gpuS = (elementCount * CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT) / gpuCount;
  return device === 'cpu' ? gpuS * gpuCount * CKKS_CPU_OVER_GPU_SLOWDOWN_FACTOR : gpuS;
}

/** Non-linear elements of one unit (every kind; see operationCounts.ts). */
export function fheUnitElementCount(work: SecureWork): number {
  return totalNonlinearCount(unitOperations(work).nonlinear);
}

/** Encrypted bytes of one unit: the encrypted input values (tokens x hidden size) and result. */
export function fheUnitTrafficBytes(params: Params): number {
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  const perSequence =
    params.workShape.architecture === 'custom'
      ? 1
      : params.workload.kind === 'training'
        ? params.training.tokensPerStepCount
        : promptTokenCount + Math.max(0, outputTokenCount - 1);
  const tokens = perSequence * (params.workload.kind === 'training' ? 1 : batchSizeCount);
  const bytesPerValue =
    params.fhe.scheme === 'ckks' ? CKKS_BYTES_PER_ENCRYPTED_VALUE : TFHE_BYTES_PER_ENCRYPTED_VALUE;
  return tokens * params.model.hiddenSize * bytesPerValue;
}

/** Accuracy lost to quantisation (TFHE) or approximation (CKKS, taken as none: NEXUS reports plaintext parity). */
export function fheAccuracyLossFraction(params: Params): number {
  if (params.fhe.scheme === 'ckks') return 0;
  const extraBits = params.fhe.messageBitWidthCount - TFHE_ACCURACY_REFERENCE_BITS;
  return Math.min(
    1,
    TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION * pow(TFHE_ACCURACY_LOSS_FACTOR_PER_BIT, -extraBits),
  );
}

/** FHE for one step: the unit's encrypted evaluation, one round trip and the ciphertext upload. */
export function fheOutcome(context: EffectContext): PrivacyOutcome {
  const { params } = context;
  const work = secureWork(params);
  const computeS = fheComputeSeconds(params, fheUnitElementCount(work));
  const trafficBytes = fheUnitTrafficBytes(params);
  const trafficS = transferSeconds(params, trafficBytes);
  const roundS = roundTripSeconds(params, 1);
  const steps = work.stepsPerUnitCount;
  return {
    terms: [
      privacyTerm(
        'FHE: evaluating on ciphertexts',
        (computeS - plainUnitComputeSeconds(work, context)) / steps,
        'fixed',
      ),
      privacyTerm('FHE: ciphertext upload and result', (trafficS + roundS) / steps, 'fixed'),
    ],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: trafficBytes / steps,
    exposureProbabilityFraction: 0,
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: fheAccuracyLossFraction(params),
    extraMetrics: {
      securePassTimeS: computeS + trafficS + roundS,
      securePassTrafficBytes: trafficBytes,
      ...(params.fhe.scheme === 'tfhe'
        ? { fheBootstrapS: tfheBootstrapSeconds(params.fhe.messageBitWidthCount) }
        : {}),
    },
    labels: {
      dataHiddenFrom: 'everyone but the key holder (including every compute node)',
      privacyTrustAssumption: 'the key holder keeps the key; the lattice problem stays hard',
      exposedWhen: 'the key holder leaks the key',
      privacyFailureMode: 'none from compute nodes; the cost is time',
    },
  };
}
