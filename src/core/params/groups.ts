// The performance-side parameter groups: workload, model, training, inference, hardware, network,
// heterogeneity, ledger, adversary and economics. Technique groups live beside their techniques
// (src/core/privacy, src/core/verification) and are collected in table.ts.
import { choiceParam, flagParam, numberParam } from './spec';

const ASSUMPTION = 'assumption: a round, plausible value; change it to match the system you study';

/** What the network runs. */
export const WORKLOAD_PARAMS = {
  kind: choiceParam({
    label: 'Job',
    options: ['training', 'inference'] as const,
    default: 'training',
    description: 'Train a model (6N FLOP per token) or serve one (2N FLOP per token).',
    source: 'MODEL.md section 2; Kaplan et al. 2020 for the 6N and 2N FLOP-per-token rules',
  }),
} as const;

/** The model's size and shape, shared by training and inference. Default: INTELLECT-1 (10B). */
export const MODEL_PARAMS = {
  parameterCount: numberParam({
    label: 'Parameters',
    unit: 'count',
    default: 1e10,
    min: 1e6,
    max: 1e13,
    scale: 'log',
    description: 'Number of model parameters N.',
    source: 'INTELLECT-1 technical report (arXiv 2412.01152): 10B parameters',
  }),
  layerCount: numberParam({
    label: 'Layers',
    unit: 'count',
    default: 42,
    min: 1,
    max: 1000,
    integer: true,
    description:
      'Transformer layers L; sets the number of sequential synchronisations in pipeline and tensor placements.',
    source: 'INTELLECT-1 technical report: 42 layers',
  }),
  hiddenSize: numberParam({
    label: 'Hidden size',
    unit: 'count',
    default: 4096,
    min: 16,
    max: 65536,
    integer: true,
    description: 'Width d of the residual stream; activations exchanged per token per layer are d values.',
    source: 'INTELLECT-1 technical report: hidden size 4096',
  }),
  bytesPerParameter: numberParam({
    label: 'Bytes per parameter',
    unit: 'bytes',
    default: 2,
    min: 0.25,
    max: 4,
    description:
      'Storage per weight (2 for bf16, 1 for int8, about 0.56 for 4-bit with scales); sets memory traffic and gradient size.',
    source: 'bf16 training as in INTELLECT-1',
  }),
  sequenceLengthTokens: numberParam({
    label: 'Sequence length',
    unit: 'tokens',
    default: 8192,
    min: 1,
    max: 1e7,
    scale: 'log',
    integer: true,
    description:
      'Training context length T; attention adds 12 L d T FLOP per trained token (PaLM appendix B) on top of 6N.',
    source:
      'INTELLECT-1 technical report: context length 8192; PaLM (arXiv 2204.02311) appendix B for the FLOP count',
    advanced: true,
  }),
  activationBytesPerValue: numberParam({
    label: 'Bytes per activation value',
    unit: 'bytes',
    default: 2,
    min: 0.125,
    max: 4,
    description:
      'Size of one hidden-state value sent between nodes (pipeline stages, tensor-parallel syncs): 2 for fp16/bf16, 1.0625 for Q80.',
    source: 'fp16 hidden states as in Petals; distributed-llama README: Q80 buffer (34 bytes per 32 values)',
    advanced: true,
  }),
} as const;

/** Training job parameters (used when workload.kind is training). */
export const TRAINING_PARAMS = {
  strategy: choiceParam({
    label: 'Strategy',
    options: ['data-parallel', 'low-communication', 'pipeline'] as const,
    default: 'low-communication',
    description:
      'data-parallel: all-reduce gradients every step; low-communication (DiLoCo family): H local steps then an outer sync; pipeline (SWARM-style): layers split into stages over nodes.',
    source: 'MODEL.md section 2; DiLoCo (arXiv 2311.08105); SWARM parallelism (arXiv 2301.11913)',
  }),
  tokensPerStepCount: numberParam({
    label: 'Tokens per step (per replica)',
    unit: 'tokens',
    default: 1048576,
    min: 1,
    max: 1e9,
    scale: 'log',
    description:
      'Tokens each replica (node) processes per inner step; the global batch is this times the number of replicas.',
    source: 'INTELLECT-1 technical report: 1,048,576 tokens per step',
  }),
  totalTokensCount: numberParam({
    label: 'Total training tokens',
    unit: 'tokens',
    default: 1e12,
    min: 1e6,
    max: 1e15,
    scale: 'log',
    description: 'Tokens D to train on; sets time to finish.',
    source: 'INTELLECT-1 technical report: 1T tokens',
  }),
  innerStepCount: numberParam({
    label: 'Inner steps H',
    unit: 'count',
    default: 100,
    min: 1,
    max: 10000,
    scale: 'log',
    integer: true,
    description: 'Local steps between outer synchronisations (low-communication only).',
    source: 'INTELLECT-1 technical report: 100 inner steps; DiLoCo uses 500',
  }),
  syncBitsPerValue: numberParam({
    label: 'Bits per synced value',
    unit: 'bits',
    default: 8,
    min: 1,
    max: 32,
    integer: true,
    description: 'Precision of the pseudo-gradients sent at each outer sync (low-communication only).',
    source: 'INTELLECT-1 technical report: int8 pseudo-gradients',
  }),
  extraCompressionRatio: numberParam({
    label: 'Extra compression',
    unit: 'ratio',
    default: 1,
    min: 1,
    max: 10000,
    scale: 'log',
    description:
      'Further reduction of sync bytes beyond quantisation (sparsification, DisTrO-style), as a divisor.',
    source: 'DisTrO preliminary report (Nous Research 2024): 857x total versus fp32 all-reduce',
  }),
  overlapSync: flagParam({
    label: 'Overlap sync with compute',
    default: false,
    description:
      'Streaming variant: the outer sync runs while the next inner steps compute, so an outer round takes the larger of the two.',
    source: 'Streaming DiLoCo (arXiv 2501.18512)',
  }),
  gradientBitsPerValue: numberParam({
    label: 'Bits per gradient value (data-parallel)',
    unit: 'bits',
    default: 32,
    min: 1,
    max: 32,
    integer: true,
    description:
      'Precision of the gradients all-reduced every step by data-parallel training, and the baseline the low-communication reduction is measured against.',
    source:
      'fp32 gradients: PyTorch DDP reduces gradients in the fp32 master precision; INTELLECT-1 states its 400x against fp32 data-parallel',
    advanced: true,
  }),
  syncCollective: choiceParam({
    label: 'Sync collective',
    options: ['ring-all-reduce', 'all-gather'] as const,
    default: 'ring-all-reduce',
    description:
      'ring-all-reduce: payloads are summed along a ring, each node sends and receives 2(n-1)/n of it; all-gather: each node uploads its compressed update once (to a relay) and downloads the n-1 others, as needed when compressed updates cannot be summed in compressed form.',
    source:
      'Patarasuk and Yuan 2009 (ring all-reduce); DisTrO preliminary report arithmetic (upload once, download n-1)',
    advanced: true,
  }),
  pipelineStageCount: numberParam({
    label: 'Pipeline stages',
    unit: 'count',
    default: 4,
    min: 1,
    max: 1000,
    integer: true,
    description: 'Stages the layers are split into (pipeline only); replicas = nodes / stages.',
    source: ASSUMPTION,
  }),
  microBatchCount: numberParam({
    label: 'Micro-batches',
    unit: 'count',
    default: 16,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Micro-batches per step in the GPipe schedule (pipeline only).',
    source: 'GPipe (Huang et al. 2019): bubble fraction (S-1)/(M+S-1)',
  }),
  activationCompressionRatio: numberParam({
    label: 'Activation compression',
    unit: 'ratio',
    default: 1,
    min: 1,
    max: 100,
    scale: 'log',
    description: 'Divisor on activation bytes sent between stages (pipeline only).',
    source: 'SWARM parallelism (arXiv 2301.11913) uses 8-bit activation compression',
  }),
} as const;

/** Inference job parameters (used when workload.kind is inference). */
export const INFERENCE_PARAMS = {
  placement: choiceParam({
    label: 'Placement',
    options: ['replicated', 'pipeline', 'tensor'] as const,
    default: 'replicated',
    description:
      'replicated: whole model on each node; pipeline (Petals-style): layer blocks on S nodes in a chain; tensor (distributed-llama-style): every layer split across nodes.',
    source: 'Petals (arXiv 2209.01188); distributed-llama (b4rtaz/distributed-llama)',
  }),
  promptTokenCount: numberParam({
    label: 'Prompt tokens',
    unit: 'tokens',
    default: 128,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description: 'Tokens in each request’s prompt (processed in one parallel forward pass).',
    source: ASSUMPTION,
  }),
  outputTokenCount: numberParam({
    label: 'Output tokens',
    unit: 'tokens',
    default: 128,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description: 'Tokens generated per request, one sequential step each.',
    source: ASSUMPTION,
  }),
  batchSizeCount: numberParam({
    label: 'Batch size',
    unit: 'sequences',
    default: 1,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Sequences decoded together; weights are read once per step for the whole batch.',
    source: ASSUMPTION,
  }),
  pipelineStageCount: numberParam({
    label: 'Chain length (servers)',
    unit: 'count',
    default: 3,
    min: 1,
    max: 1000,
    integer: true,
    description: 'Servers a request walks through per token (pipeline placement only).',
    source: 'Petals README benchmark: 3 servers',
  }),
} as const;

/** Hardware of one node. Defaults: one node of 8 x H100 SXM (see presets/hardware.ts for others). */
export const HARDWARE_PARAMS = {
  gpusPerNodeCount: numberParam({
    label: 'GPUs per node',
    unit: 'count',
    default: 8,
    min: 1,
    max: 1024,
    integer: true,
    description: 'Accelerators in one node, joined by a fast local interconnect.',
    source: 'INTELLECT-1 technical report: nodes of 8 x H100',
  }),
  peakFlopPerS: numberParam({
    label: 'Peak compute per GPU',
    unit: 'FLOP/s',
    default: 989e12,
    min: 1e9,
    max: 1e17,
    scale: 'log',
    description: 'Dense peak of one GPU at the training or inference precision.',
    source: 'NVIDIA H100 SXM datasheet: 989 TFLOP/s dense bf16',
  }),
  memoryBandwidthTBps: numberParam({
    label: 'Memory bandwidth per GPU',
    unit: 'TB/s',
    default: 3.35,
    min: 0.01,
    max: 100,
    scale: 'log',
    description:
      'HBM or DRAM bandwidth; bounds single-stream decoding (every weight is read once per token).',
    source: 'NVIDIA H100 SXM datasheet: 3.35 TB/s',
  }),
  memoryGB: numberParam({
    label: 'Memory per GPU',
    unit: 'GB',
    default: 80,
    min: 1,
    max: 2048,
    scale: 'log',
    description: 'Device memory; a model that does not fit is reported as infeasible on this placement.',
    source: 'NVIDIA H100 SXM datasheet: 80 GB',
  }),
  mfuFraction: numberParam({
    label: 'Achievable utilization (MFU)',
    unit: 'fraction',
    default: 0.433,
    min: 0.01,
    max: 1,
    description:
      'Model FLOP utilization reached with no network stalls; the rest of the peak is lost in kernels.',
    source: 'INTELLECT-1 technical report: 43.3% MFU without communication; datacentre range 38-46% (Epoch)',
  }),
  memoryBandwidthEfficiencyFraction: numberParam({
    label: 'Achievable memory bandwidth',
    unit: 'fraction',
    default: 1,
    min: 0.01,
    max: 1,
    description:
      'Share of the peak memory bandwidth that decoding kernels reach (model bandwidth utilization); 1 gives the roofline bound.',
    source:
      'assumption: 1 (the roofline bound); measured values are set per scenario, e.g. about 0.31 for int8 BLOOM-176B',
    advanced: true,
  }),
  wattsPerGpu: numberParam({
    label: 'Power per GPU',
    unit: 'W',
    default: 700,
    min: 1,
    max: 5000,
    scale: 'log',
    description: 'Board power of one GPU (the energy metric adds nothing for host or cooling).',
    source: 'NVIDIA H100 SXM datasheet: 700 W',
  }),
  pricePerGpuHourUsd: numberParam({
    label: 'Price per GPU-hour',
    unit: 'USD',
    default: 2.5,
    min: 0,
    max: 100,
    description: 'Rental price of one GPU for one hour; drives cost per million tokens.',
    source: 'assumption: typical 2025 on-demand H100 rental range of 2-3 USD per GPU-hour',
  }),
  confidentialComputing: flagParam({
    label: 'Confidential computing',
    default: true,
    description: 'Whether the GPU supports a trusted execution mode (H100 does; consumer GPUs do not).',
    source: 'NVIDIA H100 confidential computing documentation; Phala benchmark (arXiv 2409.03992)',
  }),
} as const;

/** The network joining the nodes. Defaults: a continental WAN (see presets/network.ts). */
export const NETWORK_PARAMS = {
  nodeCount: numberParam({
    label: 'Nodes',
    unit: 'count',
    default: 14,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description: 'Independent nodes taking part; each holds gpusPerNodeCount GPUs.',
    source: 'INTELLECT-1 technical report: up to 14 nodes',
  }),
  rttMs: numberParam({
    label: 'Round-trip time',
    unit: 'ms',
    default: 65,
    min: 0.001,
    max: 2000,
    scale: 'log',
    description: 'Mean round trip between two nodes; one-way latency is half of it.',
    source: 'US coast to coast is about 65 ms (MODEL.md section 2, published round trips)',
  }),
  rttJitterFraction: numberParam({
    label: 'Round-trip spread',
    unit: 'fraction',
    default: 0.1,
    min: 0,
    max: 2,
    description: 'Coefficient of variation of the round trip from step to step (Monte Carlo only).',
    source: ASSUMPTION,
  }),
  uploadMbps: numberParam({
    label: 'Upload bandwidth',
    unit: 'Mbit/s',
    default: 1000,
    min: 0.1,
    max: 1e7,
    scale: 'log',
    description:
      'Sustained upload of one node; ring all-reduce and pipelines are limited by the slower direction.',
    source: ASSUMPTION,
  }),
  downloadMbps: numberParam({
    label: 'Download bandwidth',
    unit: 'Mbit/s',
    default: 1000,
    min: 0.1,
    max: 1e7,
    scale: 'log',
    description: 'Sustained download of one node.',
    source: ASSUMPTION,
  }),
  linkEfficiencyFraction: numberParam({
    label: 'Link efficiency',
    unit: 'fraction',
    default: 1,
    min: 0.01,
    max: 1,
    description: 'Share of the nominal bandwidth that transfers achieve (protocol overhead, congestion).',
    source: ASSUMPTION,
  }),
} as const;

/** Spread of node speeds, churn and how synchronous steps treat stragglers. */
export const HETEROGENEITY_PARAMS = {
  speedSigma: numberParam({
    label: 'Node speed spread (log-normal sigma)',
    unit: 'ratio',
    default: 0,
    min: 0,
    max: 2,
    description:
      'Sigma of the log-normal distribution of per-step node time; 0 means identical nodes. A synchronous step waits for the slowest node it keeps.',
    source: 'MODEL.md section 3 (expected maximum of n log-normals grows like exp(sigma sqrt(2 ln n)))',
  }),
  dropProbabilityFraction: numberParam({
    label: 'Node drop probability per round',
    unit: 'fraction',
    default: 0,
    min: 0,
    max: 0.5,
    description: 'Chance that a given node drops out during one synchronous round.',
    source: ASSUMPTION,
  }),
  stragglerPolicy: choiceParam({
    label: 'Straggler policy',
    options: ['wait-for-all', 'drop-slowest'] as const,
    default: 'wait-for-all',
    description:
      'wait-for-all: a round waits for every node and is redone if any node drops; drop-slowest: the slowest fraction is cut and its work lost.',
    source: 'MODEL.md section 2 item 4',
  }),
  droppedSlowestFraction: numberParam({
    label: 'Slowest fraction dropped',
    unit: 'fraction',
    default: 0.1,
    min: 0,
    max: 0.9,
    description: 'Share of nodes cut each round under drop-slowest; their work is lost.',
    source: ASSUMPTION,
  }),
} as const;

/** The ledger coordinating the job. Chain constants live in src/core/ledger/presets. */
export const LEDGER_PARAMS = {
  kind: choiceParam({
    label: 'Ledger',
    options: ['none', 'ethereum-l1', 'rollup', 'fast-l1', 'bft'] as const,
    default: 'none',
    description: 'The chain that records commitments or verifies proofs for the job.',
    source: 'MODEL.md section 6',
  }),
  stepsPerSettlementCount: numberParam({
    label: 'Steps per on-chain settlement',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e9,
    scale: 'log',
    integer: true,
    description: 'How many steps (training) or tokens (inference) pass between on-chain operations.',
    source: ASSUMPTION,
  }),
  operationsPerSettlementCount: numberParam({
    label: 'Operations per settlement',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description:
      'On-chain operations each settlement needs (for example one per node that commits a result).',
    source: ASSUMPTION,
  }),
  gasPerOperation: numberParam({
    label: 'Gas per operation',
    unit: 'gas',
    default: 21000,
    min: 21000,
    max: 3e7,
    scale: 'log',
    description:
      'Gas of one on-chain operation: 21,000 for a plain transfer, about 200-300k to verify a Groth16 proof.',
    source: 'ethereum.org gas documentation; EIP-1108 (Groth16 verification about 200-210k gas)',
  }),
  operationKind: choiceParam({
    label: 'On-chain operation',
    options: ['custom-gas', 'groth16-verification'] as const,
    default: 'custom-gas',
    description:
      'custom-gas: each operation costs "Gas per operation"; groth16-verification: each operation verifies a Groth16 proof, its gas computed from the EIP-1108 precompile prices.',
    source: 'EIP-1108 (pairing 45,000 + 34,000 per pair; ecMul 6,000; ecAdd 150); EIP-2028 calldata',
  }),
  groth16PublicInputCount: numberParam({
    label: 'Public inputs of the proof',
    unit: 'count',
    default: 3,
    min: 0,
    max: 1000,
    integer: true,
    description:
      'Public inputs a Groth16 verifier folds in (one ecMul and one ecAdd each); groth16-verification only.',
    source: 'assumption: a commitment to the model, to the input and to the output',
  }),
  waitForFinality: flagParam({
    label: 'Wait for finality',
    default: false,
    description: 'Whether each settlement blocks the job until the chain finalises it.',
    source: 'MODEL.md section 6',
  }),
  blockSpaceShareFraction: numberParam({
    label: 'Share of block space the job may use',
    unit: 'fraction',
    default: 1,
    min: 0.001,
    max: 1,
    scale: 'log',
    description:
      'Share of each block the job can fill; 1 is the upper bound of a job that outbids every other user of the chain.',
    source: 'assumption: 1 gives the chain-capacity bound of MODEL.md section 6; lower it for a shared chain',
  }),
  bftProtocol: choiceParam({
    label: 'BFT protocol',
    options: ['pbft', 'hotstuff'] as const,
    default: 'pbft',
    description:
      'pbft: all-to-all voting, 3 one-way delays, about 2n^2 messages per decision (also Tendermint-like); hotstuff: votes through a leader, 7 one-way delays, about 7n messages.',
    source: 'Castro and Liskov, PBFT (OSDI 1999); Yin et al., HotStuff (PODC 2019)',
  }),
  bftValidatorCount: numberParam({
    label: 'BFT validators',
    unit: 'count',
    default: 100,
    min: 4,
    max: 10000,
    scale: 'log',
    integer: true,
    description: 'Committee size for the BFT ledger; sets message growth (n^2 for PBFT, n for HotStuff).',
    source: 'MODEL.md section 6',
  }),
  gasPriceGwei: numberParam({
    label: 'Gas price',
    unit: 'gwei',
    default: 10,
    min: 0,
    max: 10000,
    description: 'Price of one unit of gas in gwei (1e-9 of the native token).',
    source: 'assumption: a moderate Ethereum L1 base fee',
  }),
  tokenPriceUsd: numberParam({
    label: 'Native token price',
    unit: 'USD',
    default: 3000,
    min: 0,
    max: 1e6,
    description: 'Price of the chain’s native token, to turn gas into dollars.',
    source: 'assumption: order of the 2024-2025 ETH price',
  }),
} as const;

/** Who may be cheating. Used by privacy, verification and ledger security metrics. */
export const ADVERSARY_PARAMS = {
  maliciousFraction: numberParam({
    label: 'Malicious fraction',
    unit: 'fraction',
    default: 0.1,
    min: 0,
    max: 1,
    description: 'Share of nodes controlled by the adversary.',
    source: ASSUMPTION,
  }),
  colluding: flagParam({
    label: 'Adversaries collude',
    default: true,
    description: 'Whether malicious nodes coordinate (agree on a wrong answer, pool their shares).',
    source: 'MODEL.md section 2 item 6',
  }),
} as const;
