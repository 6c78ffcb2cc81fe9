// The jobs the matrix cells run, as parameter maps over the table defaults, and the sensitivity inputs several
// cells share. Hardware is the table's default H100 node unless a job says otherwise.
import type { KnownParamPath } from '../../params/table';
import type { ParamScalar } from '../../scenario/paramSchema';
import {
  LADDER_DROP_FRACTIONS,
  LADDER_SPEED_SIGMAS,
  perReplicaTokens,
  SCALE_GLOBAL_BATCH_TOKENS,
} from '../knobs';
import type { SensitivityInput } from '../types';

type ParamMap = Readonly<Partial<Record<KnownParamPath, ParamScalar>>>;

/** TCP goodput over 1500-byte Ethernet (src/core/presets/network.ts), rounded: the links' efficiency. */
const TCP_GOODPUT_FRACTION = 0.94;

/**
 * A 1B-parameter model trained DiLoCo-style (100 inner steps, int8 outer sync); the knob sets nodes and batch.
 * Its shape follows the parameter count (aspect-ratio rule), so the sensitivity over model size stays a
 * consistent model at every size.
 */
export const DECENTRALIZED_TRAINING_JOB: ParamMap = {
  'workload.kind': 'training',
  'training.strategy': 'low-communication',
  'model.parameterCount': 1e9,
  'training.innerStepCount': 100,
  'training.syncBitsPerValue': 8,
  'network.linkEfficiencyFraction': TCP_GOODPUT_FRACTION,
};

/**
 * INTELLECT-1's shape (10B, 8 H100 per node, 100 inner steps, int8) on a continent-wide network; the knob sets
 * nodes and batch. Activations are recomputed layer by layer as INTELLECT-1 ran (act_ckpt = true): keeping
 * them all would need 79.5 GiB of an H100's 80 GiB, no headroom for the framework's own buffers.
 */
export const SCALE_OUT_TRAINING_JOB: ParamMap = {
  'workload.kind': 'training',
  'training.strategy': 'low-communication',
  'training.activationRecomputation': 'full',
  'model.parameterCount': 1e10,
  'model.layerCount': 42,
  'model.hiddenSize': 4096,
  'training.innerStepCount': 100,
  'training.syncBitsPerValue': 8,
  'hardware.gpusPerNodeCount': 8,
  'network.rttMs': 65,
  'network.uploadMbps': 1000,
  'network.downloadMbps': 1000,
  'network.linkEfficiencyFraction': TCP_GOODPUT_FRACTION,
};

/** Serving a 13B model (zkLLM's size) on 5 single-H100 nodes (room for 5 replicas), 128 prompt and 128 output tokens. */
export const VERIFIED_INFERENCE_JOB: ParamMap = {
  'workload.kind': 'inference',
  'inference.placement': 'replicated',
  'model.parameterCount': 1.3e10,
  'model.layerCount': 40,
  'model.hiddenSize': 5120,
  'inference.promptTokenCount': 128,
  'inference.outputTokenCount': 128,
  'inference.batchSizeCount': 1,
  'hardware.gpusPerNodeCount': 1,
  'network.nodeCount': 5,
};

/** GPT-2 base (124M) inference under 3-party MPC on a LAN (1 ms, 5 Gbit/s), PUMA's setting: the MPC job. */
export const MPC_INFERENCE_JOB: ParamMap = {
  'workload.kind': 'inference',
  'inference.placement': 'replicated',
  'model.parameterCount': 1.24e8,
  'model.layerCount': 12,
  'model.hiddenSize': 768,
  'inference.promptTokenCount': 32,
  'inference.outputTokenCount': 1,
  'hardware.gpusPerNodeCount': 1,
  'network.rttMs': 1,
  'network.uploadMbps': 5000,
  'network.downloadMbps': 5000,
  'network.nodeCount': 3,
  'privacy.technique': 'mpc',
  'mpc.partyCount': 3,
};

/** Malicious share from 1% to just under a third, the bound BFT consensus and secure aggregation assume. */
export const MALICIOUS_SHARE_SENSITIVITY: SensitivityInput = {
  kind: 'parameter',
  path: 'adversary.maliciousFraction',
  values: [0.01, 0.1, 0.2, 0.3],
  rangeSource:
    'assumption: 1% to 30%, below the one-third bound of BFT consensus and of secure aggregation (Bonawitz et al. 2017); the table allows 0-1',
};

/** Whether malicious nodes coordinate. */
export const COLLUSION_SENSITIVITY: SensitivityInput = {
  kind: 'parameter',
  path: 'adversary.colluding',
  values: [true, false],
  rangeSource: 'both settings of the table’s flag (docs/model/verification.md, the adversary)',
};

/** Sustained share of the port rate on internet links: a quarter (congested, long-haul TCP) to TCP's best. */
export const LINK_EFFICIENCY_SENSITIVITY: SensitivityInput = {
  kind: 'parameter',
  path: 'network.linkEfficiencyFraction',
  values: [0.25, TCP_GOODPUT_FRACTION],
  rangeSource:
    'assumption: long-haul TCP often sustains a fraction of the port rate; 0.94 is Ethernet goodput (presets)',
};

/** Factor by which the "doubled" volatility alternative scales the ladder's assumed values. */
const VOLATILITY_DOUBLING_FACTOR = 2;

/** The volatility built into the decentralization ladder: none, as assumed, doubled. */
export const LADDER_VOLATILITY_SENSITIVITY: SensitivityInput = {
  kind: 'knob',
  name: 'volatility along the ladder',
  alternatives: [
    {
      label: 'none (identical, reliable nodes at every rung)',
      axes: {
        'heterogeneity.persistentSpeedSigma': LADDER_SPEED_SIGMAS.map(() => 0),
        'heterogeneity.dropProbabilityFraction': LADDER_DROP_FRACTIONS.map(() => 0),
      },
    },
    {
      label: 'as assumed',
      axes: {
        'heterogeneity.persistentSpeedSigma': LADDER_SPEED_SIGMAS,
        'heterogeneity.dropProbabilityFraction': LADDER_DROP_FRACTIONS,
      },
    },
    {
      label: 'doubled',
      axes: {
        'heterogeneity.persistentSpeedSigma': LADDER_SPEED_SIGMAS.map(
          (sigma) => sigma * VOLATILITY_DOUBLING_FACTOR,
        ),
        'heterogeneity.dropProbabilityFraction': LADDER_DROP_FRACTIONS.map(
          (fraction) => fraction * VOLATILITY_DOUBLING_FACTOR,
        ),
      },
    },
  ],
  rangeSource:
    'assumption: the ladder’s node-speed spread and drop rates are not measured; re-run with none and with twice the assumed values',
};

/** Global batch of the scale-out ladder: 1M tokens (INTELLECT-1's step) or the assumed 4M. */
export const SCALE_GLOBAL_BATCH_SENSITIVITY: SensitivityInput = {
  kind: 'knob',
  name: 'global batch on the scale-out ladder',
  alternatives: [
    { label: '1M tokens', axes: { 'training.tokensPerStepCount': perReplicaTokens(1048576) } },
    {
      label: '4M tokens (as assumed)',
      axes: { 'training.tokensPerStepCount': perReplicaTokens(SCALE_GLOBAL_BATCH_TOKENS) },
    },
  ],
  rangeSource: 'INTELLECT-1 steps 1,048,576 tokens; 4M is an assumption for a larger run',
};
