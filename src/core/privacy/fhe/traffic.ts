// FHE client-server traffic: the encrypted input values go up and the encrypted result comes back, once.
import type { Params } from '../../params/table';
import { isPerInputWork } from '../layerListOperations';
import { CKKS_BYTES_PER_ENCRYPTED_VALUE } from './ckks';

/**
 * Bytes of one TFHE LWE ciphertext of a small message: (n + 1) x 8 bytes with an LWE dimension of about
 * 1024 (order of TFHE-rs default parameters, n = 918 at 4 bits; assumption, not calibrated).
 */
export const TFHE_BYTES_PER_ENCRYPTED_VALUE = (1024 + 1) * 8;

/** Encrypted bytes of one unit: the encrypted input values (tokens x hidden size) and result. */
export function fheUnitTrafficBytes(params: Params): number {
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  const perSequence = isPerInputWork(params)
    ? 1
    : params.workload.kind === 'training'
      ? params.training.tokensPerStepCount
      : promptTokenCount + Math.max(0, outputTokenCount - 1);
  const tokens = perSequence * (params.workload.kind === 'training' ? 1 : batchSizeCount);
  const bytesPerValue =
    params.fhe.scheme === 'ckks' ? CKKS_BYTES_PER_ENCRYPTED_VALUE : TFHE_BYTES_PER_ENCRYPTED_VALUE;
  return tokens * params.model.hiddenSize * bytesPerValue;
}
