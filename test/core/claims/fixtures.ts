// Claim builders for the tests: a minimal valid claim file and a single-node decoding claim whose metric depends
// on one uncertain input only, so the exact probability that the claim holds is known in closed form.
import { parseClaim } from '../../../src/core/claims/parse';
import type { Claim } from '../../../src/core/claims/types';

/** The smallest valid claim file, with extra fields merged in. */
export function minimalClaim(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'test-claim',
    title: 'Test claim',
    description: 'A claim for tests.',
    source: {
      who: 'The tests',
      document: 'test/core/claims',
      date: '2025-01',
      statement: 'A paraphrased claim.',
    },
    claim: { metric: 'computeTimeFraction', direction: 'at-least', value: 0.5 },
    ...extra,
  };
}

/** Parses a claim file object, failing the test with the field errors when it is invalid. */
export function parsedClaim(json: Record<string, unknown>): Claim {
  const outcome = parseClaim(json);
  if (!outcome.ok)
    throw new Error(outcome.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return outcome.claim;
}

/** Range of the only uncertain input of the decoding claim (achievable memory bandwidth), uniform. */
export const DECODE_EFFICIENCY_RANGE = { min: 0.2, max: 0.8 } as const;

/**
 * One node decoding a 70B model at batch 1, everything stated except the achievable memory bandwidth, which
 * the claim file draws uniformly from DECODE_EFFICIENCY_RANGE. Throughput rises with it, so
 * P(throughput >= throughput at e) = (max - e) / (max - min).
 */
export function decodeClaim(
  claim: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return minimalClaim({
    id: 'decode-claim',
    presets: { hardware: 'H100_SXM' },
    params: {
      'workload.kind': 'inference',
      'inference.placement': 'replicated',
      'inference.batchSizeCount': 1,
      'model.parameterCount': 70e9,
      'model.layerCount': 80,
      'model.hiddenSize': 8192,
      'precision.weights': 'int8',
      'precision.blockSizeValues': 65536,
      'hardware.gpusPerNodeCount': 1,
      'hardware.mfuFraction': 0.4,
      'network.nodeCount': 1,
    },
    uncertainty: {
      'hardware.memoryBandwidthEfficiencyFraction': { ...DECODE_EFFICIENCY_RANGE, source: 'the tests' },
    },
    claim,
    seed: 'decode',
    ...extra,
  });
}
