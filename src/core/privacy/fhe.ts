// Fully homomorphic encryption: the data owner encrypts its input once, a server computes on ciphertexts, and
// only the key holder can decrypt the result. One round trip. TFHE pays one keyswitch plus bootstrap per table
// lookup at the precision the compiler chose (fhe/tfhe*.ts); CKKS per non-linear element (NEXUS) or per
// homomorphic operation of THOR's schedule (fhe/ckks.ts).
// The unit's FHE time replaces its plain compute; the privacy terms are the excess, spread over its steps.
import type { EffectContext } from '../engine/types';
import type { Params } from '../params/table';
import { BYTES_PER_GB } from '../units';
import { ckksComputeSeconds } from './fhe/ckks';
import { FHE_PARAMS } from './fhe/params';
import { fheAccuracyLossFraction } from './fhe/tfheAccuracy';
import { tfheBootstrapSeconds } from './fhe/tfheBootstrap';
import { tfheGpuOperationSeconds } from './fhe/tfheGpuOps';
import { tfheComputeSeconds } from './fhe/tfheHardware';
import { tfheLookupGroups } from './fhe/tfheLookups';
import { fheUnitTrafficBytes } from './fhe/traffic';
import { roundTripSeconds, transferSeconds } from './networkTime';
import { type PassOperations, zeroNonlinearCounts } from './operationCounts';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import { plainUnitComputeSeconds, type SecureWork, secureWork, unitOperations } from './securePass';
import type { PrivacyTechniqueDefinition } from './technique';

export { FHE_PARAMS } from './fhe/params';

/**
 * The operations FHE evaluates: all of the unit's, or with `fhe.encryptedPart = attention` only the attention
 * products and the softmax (the linear layers, activations and normalisations run in the clear).
 */
export function encryptedOperations(params: Params, work: SecureWork): PassOperations {
  const operations = unitOperations(work);
  if (params.fhe.encryptedPart === 'whole-model') return operations;
  const nonlinear = zeroNonlinearCounts();
  nonlinear.softmax = operations.nonlinear.softmax;
  return { ...operations, matmulFlop: 0, linearOutputElementCount: 0, nonlinear };
}

/** Seconds of homomorphic evaluation of one unit's work on the configured scheme and hardware. */
export function fheComputeSeconds(params: Params, work: SecureWork): number {
  const operations = encryptedOperations(params, work);
  if (params.fhe.scheme === 'tfhe')
    return tfheComputeSeconds(params, tfheLookupGroups(operations, params.fhe.messageBitWidthCount));
  return ckksComputeSeconds(params, operations);
}

/** FHE for one step: the unit's encrypted evaluation, one round trip and the ciphertext upload. */
export function fheOutcome(context: EffectContext): PrivacyOutcome {
  const { params } = context;
  const work = secureWork(params);
  const computeS = fheComputeSeconds(params, work);
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
      ...(params.fhe.scheme === 'tfhe' && params.fhe.device === 'gpu'
        ? {
            fheIntegerOpS: tfheGpuOperationSeconds(
              params.fhe.integerOperation,
              params.fhe.integerBitWidthCount,
              params.hardware.gpusPerNodeCount,
              params.network.intraNodeBandwidthGBps * BYTES_PER_GB,
            ),
          }
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

/** Fully homomorphic encryption. */
export const FHE_TECHNIQUE = {
  id: 'fhe',
  label: 'Homomorphic encryption (FHE)',
  chartSymbol: 'hexagon',
  paramGroup: { name: 'fhe', label: 'Homomorphic encryption (FHE)', params: FHE_PARAMS },
  outcome: fheOutcome,
} as const satisfies PrivacyTechniqueDefinition;
