// Zero-knowledge proofs of computation: the node proves its result; anyone verifies the proof. Caught with
// probability 1 - soundness error, whatever the adversary fraction. Proving time = proven FLOP / prover rate,
// on the node's hardware and on the critical path; one proof per unit (a request, or a training step).
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { choiceParam } from '../params/spec';
import type { Params } from '../params/table';
import { type VerificationOutcome, verificationTerm } from './outcome';
import { ZK_PROOF_SYSTEM_IDS, ZK_PROOF_SYSTEMS } from './zkProofSystems';

/** Parameters of zero-knowledge proofs (group `zk`). */
export const ZK_PARAMS = {
  proofSystem: choiceParam({
    label: 'Proof system',
    options: ZK_PROOF_SYSTEM_IDS,
    default: 'zkllm-gpu',
    description:
      'Preset for proven-FLOP rate, proof size, verification time and on-chain gas: general zkML (about 1e4 FLOP/s) or a specialised GPU prover (zkLLM, about 6e10 FLOP/s).',
    source: 'docs/model/verification.md; zkLLM (arXiv 2404.16109)',
  }),
} as const;

/** Soundness error of a proof at 128-bit security: 2^-128. */
export const ZK_SOUNDNESS_ERROR_FRACTION = pow(2, -128);
/** Inference FLOP per parameter per token, for the prompt pass a proof also covers. */
const INFERENCE_FLOP_PER_PARAMETER = 2;

/** Workload steps covered by one proof: a whole request (its output tokens) for inference, one step for training. */
export function stepsPerProofCount(params: Params): number {
  return params.workload.kind === 'inference' ? Math.max(1, params.inference.outputTokenCount) : 1;
}

/** Model FLOP one node must prove per proof: its share of each step, plus the prompt pass for inference. */
export function provenFlopPerProof(context: EffectContext): number {
  const { params, workload } = context;
  const perNodeStepFlop = workload.usefulFlopPerStep / Math.max(1, params.network.nodeCount);
  const promptFlop =
    params.workload.kind === 'inference'
      ? INFERENCE_FLOP_PER_PARAMETER *
        params.model.parameterCount *
        params.inference.promptTokenCount *
        params.inference.batchSizeCount
      : 0;
  return perNodeStepFlop * stepsPerProofCount(params) + promptFlop;
}

/** Zero-knowledge proving for one step. */
export function zeroKnowledgeOutcome(context: EffectContext): VerificationOutcome {
  const { params } = context;
  const system = ZK_PROOF_SYSTEMS[params.zk.proofSystem];
  const proverUnits = system.proverUnit === 'gpu' ? params.hardware.gpusPerNodeCount : 1;
  const provingTimeS = provenFlopPerProof(context) / (system.provenFlopPerS * proverUnits);
  const steps = stepsPerProofCount(params);
  const detection = 1 - ZK_SOUNDNESS_ERROR_FRACTION;
  return {
    terms: [verificationTerm('zero-knowledge proving', provingTimeS / steps, 'fixed')],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: system.proofSizeBytes / steps,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: params.adversary.maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: provingTimeS + system.verifyTimeS,
    extraMetrics: {
      provingTimeS,
      proofSizeBytes: system.proofSizeBytes,
      zkVerifyTimeS: system.verifyTimeS,
      onChainVerifyGas: system.onChainVerifyGas,
      provenFlopPerS: system.provenFlopPerS * proverUnits,
    },
    labels: {
      trustAssumption: 'cryptography only (and the circuit matching the model)',
      verificationCatches: 'any deviation from the proven computation',
      verificationFailureMode: 'a bug in the circuit or a broken proof system',
    },
  };
}
