// Display names of every option of every choice parameter, keyed by the parameter table: the compiler
// refuses a table option without a name here, so a new technique, strategy or ledger gets its words in this
// one place. The ids stay the format of files, links and the CLI; people read these names.

import { DEVICES } from '../devices/registry';
import { type CatalogueId, MODEL_CATALOGUE } from '../models/catalogue';
import type { ChoiceParamSpec } from '../params/spec';
import type { PARAMETER_TABLE } from '../params/table';
import { PRIVACY_TECHNIQUE_LABELS } from '../privacy/params';
import { REGIONS, type RegionId } from '../topology/regions';

type Table = typeof PARAMETER_TABLE;
type OptionOf<Spec> = Spec extends ChoiceParamSpec<infer Option> ? Option : never;
type ChoiceNames<Group> = {
  [Name in keyof Group as Group[Name] extends ChoiceParamSpec ? Name : never]: Record<
    OptionOf<Group[Name]>,
    string
  >;
};
type GroupsWithChoices = {
  [Group in keyof Table as keyof ChoiceNames<Table[Group]> extends never ? never : Group]: ChoiceNames<
    Table[Group]
  >;
};

/** Names of the pipeline schedules (training and the latency-wall curve share them). */
const PIPELINE_SCHEDULE_NAMES = {
  gpipe: 'GPipe',
  '1f1b': 'One forward, one backward (1F1B)',
  'interleaved-1f1b': 'Interleaved 1F1B',
  'zero-bubble': 'Zero bubble (ZB-H2)',
} as const;

/** Names of the MPC protocol presets (the protocol and the comparison baseline share them). */
const MPC_PROTOCOL_NAMES = {
  'puma-3pc': '3-party MPC (PUMA)',
  'ditto-3pc': '3-party quantised MPC (Ditto)',
  'bumblebee-2pc': '2-party MPC (BumbleBee)',
  'nimbus-2pc': '2-party MPC (Nimbus)',
  'crypten-2pc': '2-party MPC (CrypTen)',
  'mpcformer-2pc': '2-party MPC with MPCFormer approximations',
  'sigma-2pc-gpu': '2-party GPU function secret sharing (SIGMA)',
} as const;

/** Names of the DP-SGD implementations (the implementation and the comparison baseline share them). */
const DP_IMPLEMENTATION_NAMES = {
  opacus: 'Opacus per-example hooks',
  'ghost-clipping': 'Ghost clipping',
  'book-keeping': 'Book-keeping (one back-propagation)',
  'jax-vectorised': 'JAX vectorised gradients',
} as const;

/** Names of the proof-system presets (the system and the comparison baseline share them). */
const ZK_SYSTEM_NAMES = {
  'general-zkml': 'General zkML prover',
  'zkllm-gpu': 'zkLLM GPU prover',
  deepprove: 'DeepProve (GKR)',
  'ezkl-halo2': 'EZKL (Halo2)',
  'kang-halo2': 'ZKML / Kang et al. (Halo2)',
  zkgpt: 'zkGPT',
  nanozk: 'NanoZK (layer-wise)',
  mystique: 'Mystique (interactive)',
  'jolt-atlas': 'JOLT Atlas (lookups)',
  zkcnn: 'zkCNN (GKR)',
} as const;

/** Names of the model architectures: the catalogue's labels, and the custom shape. */
const ARCHITECTURE_NAMES = {
  custom: 'Custom transformer (shape from the fields)',
  ...(Object.fromEntries(MODEL_CATALOGUE.map((preset) => [preset.id, preset.label])) as Record<
    CatalogueId,
    string
  >),
};

/** Regions and devices are named by their catalogues. */
const REGION_NAMES = Object.fromEntries(REGIONS.map((region) => [region.id, region.label])) as Record<
  RegionId,
  string
>;
const NODE_GROUP_NAMES = {
  device: Object.fromEntries(DEVICES.map((device) => [device.id, device.label])) as Record<string, string>,
  region: REGION_NAMES,
};

/** Names of the numeric formats (weights, activations, communication share them). */
const FORMAT_NAMES = {
  fp32: '32-bit float',
  bf16: '16-bit float (bf16 or fp16)',
  fp8: '8-bit float',
  int8: '8-bit integer with block scales',
  int4: '4-bit integer with block scales',
} as const;

/** Display name of each option, by group and parameter name. */
export const OPTION_NAMES = {
  workload: { kind: { training: 'Training', inference: 'Inference (serving)' } },
  model: {
    architecture: ARCHITECTURE_NAMES,
    family: { decoder: 'Decoder (generates tokens)', encoder: 'Encoder (one forward pass)' },
  },
  training: {
    strategy: {
      'data-parallel': 'Data-parallel (gradients every step)',
      'low-communication': 'DiLoCo-style low-communication',
      pipeline: 'Pipeline over nodes (SWARM-style)',
    },
    pipelineReplicaSync: {
      'every-step': 'All-reduce each stage every step',
      'low-communication': 'Outer sync of each stage every H steps (SWARM-style)',
    },
    pipelineSchedule: PIPELINE_SCHEDULE_NAMES,
    activationRecomputation: {
      none: 'None (keep every activation)',
      selective: 'Selective (recompute attention scores)',
      full: 'Full (keep each layer input only)',
    },
    syncCollective: {
      auto: 'Fastest of ring and tree (as NCCL picks)',
      'ring-all-reduce': 'Ring all-reduce',
      'tree-all-reduce': 'Tree all-reduce (halving-doubling)',
      'hierarchical-all-reduce': 'Within each site, then across sites',
      'all-gather': 'All-gather through a relay',
      'parameter-server': 'One parameter server',
    },
    averagingTechnique: {
      none: 'Off',
      'all-reduce': 'Exact all-reduce over all peers',
      moshpit: 'Moshpit All-Reduce (groups on a grid)',
      gossip: 'Gossip with neighbours',
    },
    averagingBaselineTechnique: {
      'all-reduce': 'Exact all-reduce over all peers',
      moshpit: 'Moshpit All-Reduce (groups on a grid)',
      gossip: 'Gossip with neighbours',
    },
    gossipTopology: {
      'exponential-one-peer': 'One peer 2^j hops away per round (SGP)',
      ring: 'Ring, nearest neighbours',
    },
  },
  inference: {
    mode: {
      generate: 'Generate (prompt, then one token per step)',
      forward: 'One forward pass per input (nothing generated)',
    },
    placement: {
      replicated: 'Whole model on each node',
      pipeline: 'Layers chained over nodes (Petals-style)',
      tensor: 'Every layer split over nodes (tensor-parallel)',
    },
    softwareStack: {
      auto: 'The placement’s usual stack (Petals or distributed-llama)',
      petals: 'Petals (hivemind, libp2p)',
      'distributed-llama': 'distributed-llama (raw TCP sockets)',
      exo: 'exo (gRPC, MLX)',
      'llama-cpp-rpc': 'llama.cpp RPC',
      none: 'None (wire only)',
      custom: 'Custom cost per hop',
    },
    tensorSyncScheme: {
      'all-gather': 'Every node exchanges partial sums (2 per layer)',
      'root-gather': 'Root gathers slices, runs attention (4 round trips per layer)',
    },
  },
  precision: {
    weights: FORMAT_NAMES,
    activations: FORMAT_NAMES,
    communication: FORMAT_NAMES,
  },
  heterogeneity: {
    stragglerPolicy: {
      'wait-for-all': 'Wait for every node',
      'drop-slowest': 'Drop the slowest nodes',
      'proportional-work': 'Work in proportion to each node’s speed',
    },
    churnPolicy: {
      elastic: 'Carry on without a dropped node',
      'restart-round': 'Redo the round when a node drops',
    },
  },
  privacy: { technique: PRIVACY_TECHNIQUE_LABELS },
  dp: {
    implementation: DP_IMPLEMENTATION_NAMES,
    baselineImplementation: { none: 'No comparison', ...DP_IMPLEMENTATION_NAMES },
    startingPoint: {
      'from-scratch': 'Trained from scratch',
      pretrained: 'Fine-tuned from a pretrained model',
    },
  },
  tee: {
    mode: {
      auto: 'The device’s own mode',
      sgx: 'Intel SGX enclave',
      tdx: 'Intel TDX VM',
      'sev-snp': 'AMD SEV-SNP VM',
      'h100-cc': 'NVIDIA H100 CC',
      'blackwell-cc': 'NVIDIA Blackwell CC',
    },
  },
  mpc: { protocol: MPC_PROTOCOL_NAMES, baselineProtocol: { none: 'No comparison', ...MPC_PROTOCOL_NAMES } },
  workShape: {
    architecture: { transformer: 'From the model', custom: 'Custom counts (CNN, MLP)' },
    activation: { gelu: 'GeLU', silu: 'SiLU (gated)', relu: 'ReLU' },
  },
  federated: {
    secureAggregationProtocol: {
      secagg: 'SecAgg (pairwise masks, seed recovery)',
      'secagg-plus': 'SecAgg+ (k neighbours)',
      lightsecagg: 'LightSecAgg (one-shot mask decoding)',
    },
  },
  fhe: {
    scheme: { ckks: 'CKKS (approximate arithmetic)', tfhe: 'TFHE (bootstrapped bits)' },
    ckksProtocol: {
      nexus: 'NEXUS (per non-linear element)',
      thor: 'THOR (per homomorphic operation)',
      powerformer: 'Powerformer (per homomorphic operation)',
    },
    device: { gpu: 'GPU', cpu: 'CPU' },
    encryptedPart: { 'whole-model': 'Whole model', attention: 'Attention only' },
    integerOperation: {
      add: 'Addition',
      mul: 'Multiplication',
      eq: 'Equality',
      compare: 'Order comparison',
      bitwise: 'Bitwise AND/OR/XOR',
      div: 'Division',
    },
  },
  verification: {
    technique: {
      none: 'No verification',
      'redundant-execution': 'Redundant execution (replicas)',
      'spot-check': 'Spot checks',
      optimistic: 'Optimistic with fraud proofs',
      'tee-attestation': 'TEE attestation',
      'zero-knowledge': 'Zero-knowledge proofs',
      'hash-commitment': 'Hash commitments (TOPLOC)',
    },
  },
  replication: { comparison: { tolerance: 'Within a tolerance', exact: 'Bit-exact' } },
  zk: { proofSystem: ZK_SYSTEM_NAMES, baselineProofSystem: { none: 'No comparison', ...ZK_SYSTEM_NAMES } },
  ledger: {
    kind: {
      none: 'No ledger',
      'ethereum-l1': 'Ethereum mainnet',
      rollup: 'Rollup (layer 2)',
      'fast-l1': 'Fast layer-1 chain',
      bft: 'BFT validator committee',
    },
    operationKind: {
      'custom-gas': 'Operation with a set gas cost',
      'groth16-verification': 'Groth16 proof verification',
      'plonk-verification': 'PLONK proof verification',
    },
    bftProtocol: {
      pbft: 'PBFT',
      tendermint: 'Tendermint (CometBFT)',
      hotstuff: 'HotStuff',
      dag: 'Uncertified DAG (Mysticeti)',
      'certified-dag': 'Certified DAG (Narwhal and Bullshark)',
    },
    bftPlacement: {
      'one-link': 'Every pair one network round trip apart',
      regions: 'Split over regions (measured round trips)',
    },
  },
  limits: {
    allReduceLatency: { switched: 'Switched (2 delays per level)', tree: 'Tree (2 log2 n delays per level)' },
    pipelineSchedule: PIPELINE_SCHEDULE_NAMES,
    clusterSizeRounding: { any: 'Any size', 'power-of-two': 'Rounded up to a power of two' },
    configuredMatmulPrecision: { bf16: 'bf16 (16-bit brain float)', fp8: 'fp8 (Transformer Engine)' },
    matmulTiling: {
      roofline: 'Roofline (arithmetic or HBM)',
      'tensor-core-tiles': 'Tensor-core tiles and waves',
    },
    splitGranularity: { continuous: 'Continuous', whole: 'Whole numbers' },
    backwardWaitOverlap: {
      'weight-gradient-passes': 'Filled by weight-gradient passes (zero bubble)',
      none: 'Not filled (every wait paid)',
    },
  },
  trilemma: { ownershipDistribution: { equal: 'Equal shares', zipf: 'Zipf (a few large operators)' } },
  topology: { baseRegion: REGION_NAMES },
  group2: NODE_GROUP_NAMES,
  group3: NODE_GROUP_NAMES,
  group4: NODE_GROUP_NAMES,
  group5: NODE_GROUP_NAMES,
  group6: NODE_GROUP_NAMES,
  group7: NODE_GROUP_NAMES,
  group8: NODE_GROUP_NAMES,
} as const satisfies GroupsWithChoices;

const NAMES_BY_PATH: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(
  Object.entries(OPTION_NAMES).flatMap(([group, params]) =>
    Object.entries(params).map(([name, options]) => [`${group}.${name}`, options]),
  ),
);

/** The display name of `option` of the choice parameter at `path`, or the id when it has none. */
export function optionName(path: string, option: string): string {
  return NAMES_BY_PATH.get(path)?.[option] ?? option;
}

/** Every (path, option, name) the catalogue holds, for checks and for rewriting messages. */
export function allOptionNames(): Array<{ path: string; option: string; name: string }> {
  return [...NAMES_BY_PATH.entries()].flatMap(([path, options]) =>
    Object.entries(options).map(([option, name]) => ({ path, option, name })),
  );
}
