// fast-check generators of valid jobs for the privacy and verification property tests: a random workload,
// network and adversary, with every technique-specific parameter drawn from its table range.
import fc from 'fast-check';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import type { ParamSpec } from '../../../src/core/params/spec';
import { defaultParams, findParam, type Params, setParams } from '../../../src/core/params/table';

/** A valid value of a table row, log-uniform over log-scaled ranges, capped at `max` when given. */
export function validValue(path: string, max?: number): fc.Arbitrary<number | string | boolean> {
  const spec: ParamSpec | undefined = findParam(path)?.spec;
  if (!spec) throw new Error(`unknown parameter ${path}`);
  if (spec.kind === 'choice') return fc.constantFrom(...spec.options);
  if (spec.kind === 'flag') return fc.boolean();
  const top = Math.min(spec.max, max ?? spec.max);
  return fc.double({ min: 0, max: 1, noNaN: true }).map((u) => {
    const raw =
      spec.scale === 'log' && spec.min > 0
        ? spec.min * (top / spec.min) ** u
        : spec.min + (top - spec.min) * u;
    const value = spec.integer ? Math.round(raw) : raw;
    return Math.min(top, Math.max(spec.min, value));
  });
}

/** Paths varied at random, with caps that keep evaluation quick (node counts, batches). */
const VARIED: Record<string, number | undefined> = {
  'workload.kind': undefined,
  'training.strategy': undefined,
  'inference.placement': undefined,
  'inference.promptTokenCount': 4096,
  'inference.outputTokenCount': 4096,
  'inference.batchSizeCount': 256,
  'model.parameterCount': 1e11,
  'model.layerCount': 128,
  'model.hiddenSize': 16384,
  'model.sequenceLengthTokens': 32768,
  'hardware.gpusPerNodeCount': 16,
  'hardware.supportsH100Cc': undefined,
  'network.nodeCount': 200,
  'network.rttMs': undefined,
  'network.uploadMbps': undefined,
  'network.downloadMbps': undefined,
  'heterogeneity.speedSigma': undefined,
  'heterogeneity.dropProbabilityFraction': undefined,
  'adversary.maliciousFraction': undefined,
  'adversary.colluding': undefined,
  'privacy.addDifferentialPrivacy': undefined,
  'dp.epsilonLogRatio': undefined,
  'dp.implementation': undefined,
  'federated.secureAggregation': undefined,
  'federated.secureAggregationProtocol': undefined,
  'federated.secAggPlusNeighbourCount': 1000,
  'tee.breachProbabilityFraction': undefined,
  'tee.encryptedTransferGBps': undefined,
  'mpc.protocol': undefined,
  'mpc.partyCount': 10,
  'mpc.collusionThresholdCount': 10,
  'mpc.computeSpeedupRatio': undefined,
  'workShape.activation': undefined,
  'workShape.vocabularySizeCount': 200000,
  'fhe.scheme': undefined,
  'fhe.device': undefined,
  'fhe.messageBitWidthCount': undefined,
  'replication.replicaCount': 10,
  'replication.comparison': undefined,
  'replication.deterministicKernels': undefined,
  'spotCheck.auditRateFraction': undefined,
  'fraudProof.watcherCount': 20,
  'fraudProof.watcherCheckFraction': undefined,
  'zk.proofSystem': undefined,
  'commitment.checkedFraction': undefined,
};

/** Random parameter values over VARIED (not yet checked against the cross-field rules). */
const rawParams: fc.Arbitrary<Params> = fc
  .record(Object.fromEntries(Object.entries(VARIED).map(([path, max]) => [path, validValue(path, max)])))
  .map((values) => setParams(defaultParams(), values));

/** A random job that passes every cross-field rule, with the privacy and verification techniques given. */
export function validJob(
  privacy: fc.Arbitrary<string>,
  verification: fc.Arbitrary<string>,
): fc.Arbitrary<Params> {
  return fc
    .tuple(rawParams, privacy, verification)
    .map(([params, privacyTechnique, verificationTechnique]) =>
      setParams(params, {
        'privacy.technique': privacyTechnique,
        'verification.technique': verificationTechnique,
      }),
    )
    .filter((params) => paramConstraintErrors(params).length === 0);
}
