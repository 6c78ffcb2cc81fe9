// The knobs that move each column's property from low to high. A column uses the same knob in every row
// where the row's mechanism allows (the security knob differs for privacy; see MPC_THRESHOLD_KNOB).
import type { Knob } from './types';

/** Round trips of the network classes on the ladder, ms (src/core/presets/network.ts: datacentre, region, continent, global). */
const DATACENTRE_RTT_MS = 0.01;
const REGION_RTT_MS = 10;
const CONTINENT_RTT_MS = 65;
const GLOBAL_RTT_MS = 130;
/** Per-node bandwidth: InfiniBand NDR inside a datacentre, a 1 Gbit/s internet port outside (presets). */
const DATACENTRE_MBPS = 400_000;
const WAN_PORT_MBPS = 1000;

/** Tokens per inner step over the whole network on the decentralization ladder (INTELLECT-1's 1,048,576). */
const LADDER_GLOBAL_BATCH_TOKENS = 1048576;
/** Nodes on the decentralization ladder, 64 GPUs in all. */
const LADDER_NODE_COUNTS = [8, 16, 32, 64] as const;

/** Node-speed spread along the ladder (assumption: identical managed servers to a mixed, shared fleet). */
export const LADDER_SPEED_SIGMAS = [0, 0.05, 0.1, 0.2] as const;
/** Chance a node drops in a round along the ladder (assumption: none in a datacentre to 0.5% worldwide). */
export const LADDER_DROP_FRACTIONS = [0, 0.001, 0.002, 0.005] as const;

/**
 * Decentralization: the same 64 GPUs and the same global batch, from 8 servers of one operator in one
 * datacentre to 64 single-GPU nodes of 64 operators around the world, so only who runs the hardware, and
 * where, changes. Node-speed spread and drop probability rise with it: assumptions standing for the article's
 * "volatile nodes", re-run with other values in the robustness check.
 */
export const DECENTRALIZATION_KNOB: Knob = {
  label: 'the same 64 GPUs, from one operator in one datacentre to 64 operators worldwide',
  rationale:
    'Decentralization is independent operators (docs/model/verification.md, trilemma metrics): operators go from 1 to 64 and the Nakamoto coefficient rises with them, while the nodes spread over wider networks and become less uniform and less reliable, as nodes nobody manages are. The GPU count and the global batch are fixed, so any change is the price or gain of decentralizing, not of scale.',
  pointLabels: [
    '1 operator, 8 servers in one datacentre',
    '4 operators, 16 nodes in one region',
    '32 operators, 32 nodes across a continent',
    '64 operators, 64 nodes worldwide',
  ],
  axes: [
    { path: 'network.nodeCount', values: LADDER_NODE_COUNTS },
    { path: 'hardware.gpusPerNodeCount', values: [8, 4, 2, 1] },
    {
      path: 'training.tokensPerStepCount',
      values: LADDER_NODE_COUNTS.map((nodes) => LADDER_GLOBAL_BATCH_TOKENS / nodes),
    },
    { path: 'trilemma.nodesPerOperatorRatio', values: [8, 4, 1, 1] },
    { path: 'network.rttMs', values: [DATACENTRE_RTT_MS, REGION_RTT_MS, CONTINENT_RTT_MS, GLOBAL_RTT_MS] },
    { path: 'network.uploadMbps', values: [DATACENTRE_MBPS, WAN_PORT_MBPS, WAN_PORT_MBPS, WAN_PORT_MBPS] },
    { path: 'network.downloadMbps', values: [DATACENTRE_MBPS, WAN_PORT_MBPS, WAN_PORT_MBPS, WAN_PORT_MBPS] },
    { path: 'heterogeneity.persistentSpeedSigma', values: LADDER_SPEED_SIGMAS },
    { path: 'heterogeneity.dropProbabilityFraction', values: LADDER_DROP_FRACTIONS },
  ],
};

/**
 * Security for verifiability and performance: verification strength, from none to a zero-knowledge proof,
 * each step tolerating a larger adversary fraction (spot checks at the configured rate, 3 replicas, a proof).
 */
export const VERIFICATION_STRENGTH_KNOB: Knob = {
  label: 'verification strength: none, spot checks, 3 replicas, zero-knowledge proof',
  rationale:
    'Security is the largest adversary fraction a configuration tolerates (docs/model/verification.md, trilemma metrics). With no check a wrong result is accepted whenever the node is malicious; spot checks catch a share of cheats, replicas all but a colluding majority, and a proof any cheat, so the tolerated fraction rises along the ladder.',
  pointLabels: ['no verification', 'spot checks', 'redundant execution', 'zero-knowledge proof'],
  axes: [
    {
      path: 'verification.technique',
      values: ['none', 'spot-check', 'redundant-execution', 'zero-knowledge'],
    },
  ],
};

/** Security for privacy: the number of MPC parties (of 3) that must pool their shares to read the data. */
export const MPC_THRESHOLD_KNOB: Knob = {
  label: 'MPC collusion threshold: 1, 2 or all 3 of 3 parties must collude',
  rationale:
    'For privacy the adversary is a coalition that pools what it holds; the protection tolerates a larger malicious fraction the more parties must collude. Verification strength does not change who sees the data in the model, so the privacy row needs its own security knob.',
  pointLabels: ['any 1 of 3 parties', '2 of 3 (PUMA’s honest majority)', 'all 3 of 3'],
  axes: [{ path: 'mpc.collusionThresholdCount', values: [1, 2, 3] }],
};

/** Nodes on the scale-out ladder. */
const SCALE_NODE_COUNTS = [2, 8, 32, 128] as const;
/** Tokens per inner step over the whole network on the scale-out ladder (assumption: 4M, a large LLM batch). */
export const SCALE_GLOBAL_BATCH_TOKENS = 4194304;

/** Tokens each replica processes per inner step so that the global batch stays `globalTokens` at every point. */
export function perReplicaTokens(globalTokens: number): number[] {
  return SCALE_NODE_COUNTS.map((nodes) => globalTokens / nodes);
}

const SCALE_RATIONALE =
  'Scalability is what the network does as it grows (docs/model/verification.md, trilemma metrics): the same job on 2 to 128 nodes of one kind on one network class.';

/**
 * Scalability for training: the same job on more nodes (strong scaling). The global batch stays fixed because
 * batches past the critical size stop buying progress (critical batch size: McCandlish et al. 2018, arXiv 1812.06162): each node does less.
 */
export const SCALE_OUT_TRAINING_KNOB: Knob = {
  label: 'nodes in the job: 2, 8, 32, 128 (global batch fixed)',
  rationale: `${SCALE_RATIONALE} The global batch stays fixed because batches past the critical size stop buying progress (critical batch size: McCandlish et al. 2018, arXiv 1812.06162); each node does a smaller share.`,
  pointLabels: SCALE_NODE_COUNTS.map((nodes) => `${nodes} nodes`),
  axes: [
    { path: 'network.nodeCount', values: SCALE_NODE_COUNTS },
    { path: 'training.tokensPerStepCount', values: perReplicaTokens(SCALE_GLOBAL_BATCH_TOKENS) },
  ],
};

/** Nodes on the serving ladder: multiples of 6, so groups of 3 or 5 MPC parties always fit. */
const SERVING_NODE_COUNTS = [6, 24, 96, 384] as const;

/** Scalability for serving: the same service on more nodes. */
export const SCALE_OUT_SERVING_KNOB: Knob = {
  label: 'nodes serving: 6, 24, 96, 384',
  rationale:
    'Scalability is what the network does as it grows (docs/model/verification.md, trilemma metrics): the same service on 6 to 384 nodes of one kind on one network, serving more requests side by side.',
  pointLabels: SERVING_NODE_COUNTS.map((nodes) => `${nodes} nodes`),
  axes: [{ path: 'network.nodeCount', values: SERVING_NODE_COUNTS }],
};
