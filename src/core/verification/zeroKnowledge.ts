// Zero-knowledge proofs of computation: the node proves its result; anyone verifies the proof. Caught with
// probability 1 - soundness error, whatever the adversary fraction. Proving time comes from the operation-level
// description of one unit (a request or a training step): matmul and attention FLOP, non-linear elements
// (lookups), committed weights for a private model, and a per-proof cost, each at the proof system's rate on
// its measured hardware (zk/workSeconds.ts; sumcheck provers such as zkLLM are priced per tensor element, Halo2
// compilers by their circuit's padded domain). Layer-wise systems prove each block and the output layer as
// separate proofs on `zk.proverWorkerCount` parallel workers (zk/layerwiseSchedule.ts).
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { choiceParam, flagParam, numberParam } from '../params/spec';
import type { Params } from '../params/table';
import { secureWork, unitOperations } from '../privacy/securePass';
import { type VerificationOutcome, verificationTerm } from './outcome';
import { ZK_PROOF_SYSTEM_IDS, ZK_PROOF_SYSTEMS, type ZkProofSystemId } from './zk/catalogue';
import { layerwiseMakespanS, oneBlock, splitOutputLayer } from './zk/layerwiseSchedule';
import { proverWorkSeconds } from './zk/workSeconds';

/** Parameters of zero-knowledge proofs (group `zk`). */
export const ZK_PARAMS = {
  proofSystem: choiceParam({
    label: 'Proof system',
    options: ZK_PROOF_SYSTEM_IDS,
    default: 'zkllm-gpu',
    description:
      'Preset with its measured hardware: seconds per proven FLOP, cost per non-linear lookup, per committed weight and per proof, proof size, verification time and on-chain gas.',
    source: 'zkLLM, DeepProve, EZKL, zkGPT, NanoZK, Mystique, JOLT Atlas, zkCNN; src/core/verification/zk/',
  }),
  baselineProofSystem: choiceParam({
    label: 'Compare against proof system',
    options: ['none', ...ZK_PROOF_SYSTEM_IDS],
    default: 'none',
    description:
      'A second proof system proving the same unit on its own hardware; reports zkSpeedupOverBaselineRatio.',
    source: 'the same presets',
  }),
  modelPrivate: flagParam({
    label: 'Model weights private (committed)',
    default: false,
    description:
      'Prove against committed, hidden weights instead of public ones (costs the prover per weight).',
    source: 'Mystique (ePrint 2021/730): private-model and public-model ResNet-101',
  }),
  proverWorkerCount: numberParam({
    label: 'Parallel provers (layer-wise systems)',
    unit: 'count',
    default: 1,
    min: 1,
    max: 4096,
    integer: true,
    description: 'Workers that prove layers at the same time, for systems that prove layer by layer.',
    source: 'NanoZK project page: 12 parallel workers for GPT-2',
  }),
  proverSpeedupRatio: numberParam({
    label: 'Prover hardware over the measured hardware',
    unit: 'ratio',
    default: 1,
    min: 0.001,
    max: 1000,
    scale: 'log',
    description: 'How much faster each prover unit is than the hardware the proof system was measured on.',
    source: 'assumption: 1 (each preset names its measured hardware)',
  }),
} as const;

/** Soundness error of a proof at 128-bit security: 2^-128. */
export const ZK_SOUNDNESS_ERROR_FRACTION = pow(2, -128);

/** Workload steps covered by one proof: a whole request (its output tokens) for inference, one step for training. */
export function stepsPerProofCount(params: Params): number {
  return params.workload.kind === 'inference' ? Math.max(1, params.inference.outputTokenCount) : 1;
}

/** The proving cost of one unit under one proof system. */
export interface ProvingCost {
  provingTimeS: number;
  provenFlop: number;
  proofCount: number;
}

/** Proving time of one unit of the configured job with the given proof system. */
export function provingCost(params: Params, systemId: ZkProofSystemId): ProvingCost {
  const system = ZK_PROOF_SYSTEMS[systemId];
  const operations = unitOperations(secureWork(params));
  const provenFlop = operations.matmulFlop + operations.attentionFlop;
  const weights = params.model.parameterCount;
  const committedFraction = params.zk.modelPrivate ? 1 : 0;
  const units =
    (system.hardware.unit === 'gpu' ? params.hardware.gpusPerNodeCount : 1) * params.zk.proverSpeedupRatio;
  if (system.proofScope === 'whole') {
    const workS = proverWorkSeconds(system, operations, weights, weights * committedFraction);
    return { provingTimeS: (workS + system.fixedSecondsPerProof) / units, provenFlop, proofCount: 1 };
  }
  // Layer-wise proofs: one per block and one for the output layer, on parallel workers.
  const layers = Math.max(1, params.model.layerCount);
  const split = splitOutputLayer(operations, weights, params.model.hiddenSize);
  const blockWeights = split.blockWeightCount / layers;
  const blockS =
    proverWorkSeconds(
      system,
      oneBlock(split.blocks, layers),
      blockWeights,
      blockWeights * committedFraction,
    ) + system.fixedSecondsPerProof;
  const hasOutputLayer = split.outputLayer.matmulFlop > 0;
  const outputWeights = split.outputLayerWeightCount;
  const outputS = hasOutputLayer
    ? proverWorkSeconds(system, split.outputLayer, outputWeights, outputWeights * committedFraction) +
      system.fixedSecondsPerProof
    : 0;
  return {
    provingTimeS: layerwiseMakespanS(layers, blockS, outputS, params.zk.proverWorkerCount) / units,
    provenFlop,
    proofCount: layers + (hasOutputLayer ? 1 : 0),
  };
}

/** Zero-knowledge proving for one step. */
export function zeroKnowledgeOutcome(context: EffectContext): VerificationOutcome {
  const { params } = context;
  const system = ZK_PROOF_SYSTEMS[params.zk.proofSystem];
  const cost = provingCost(params, params.zk.proofSystem);
  const steps = stepsPerProofCount(params);
  const detection = 1 - ZK_SOUNDNESS_ERROR_FRACTION;
  const proofBytes = system.proofSizeBytes * cost.proofCount;
  const verifyS = system.verifyTimeS * cost.proofCount;
  const baseline = params.zk.baselineProofSystem;
  return {
    terms: [verificationTerm('zero-knowledge proving', cost.provingTimeS / steps, 'fixed')],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: proofBytes / steps,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: params.adversary.maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: cost.provingTimeS + verifyS,
    extraMetrics: {
      provingTimeS: cost.provingTimeS,
      proofSizeBytes: proofBytes,
      zkVerifyTimeS: verifyS,
      onChainVerifyGas: system.onChainVerifyGas,
      provenFlopPerS: cost.provingTimeS > 0 ? cost.provenFlop / cost.provingTimeS : 0,
      ...(baseline === 'none'
        ? {}
        : { zkSpeedupOverBaselineRatio: provingCost(params, baseline).provingTimeS / cost.provingTimeS }),
    },
    labels: {
      trustAssumption: 'cryptography only (and the circuit matching the model)',
      verificationCatches: 'any deviation from the proven computation',
      verificationFailureMode: 'a bug in the circuit or a broken proof system',
    },
  };
}
