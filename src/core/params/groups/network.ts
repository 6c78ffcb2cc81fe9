// Parameter groups of the network joining the nodes and of how the nodes differ, drop out and straggle.
import { choiceParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

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
  nodesPerSiteCount: numberParam({
    label: 'Nodes per site',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description:
      'Nodes that share one site (datacentre) and reach each other over datacentre links; a hierarchical all-reduce reduces inside each site first so that only a shard crosses sites.',
    source: 'NCCL and Jia et al. 2018: hierarchical all-reduce inside nodes or sites first',
  }),
  intraNodeBandwidthGBps: numberParam({
    label: 'Bandwidth between GPUs of a node',
    unit: 'GB/s',
    default: 360,
    min: 1,
    max: 10000,
    scale: 'log',
    description:
      'Achievable bandwidth each way between the GPUs of one node (NVLink or PCIe), used by tensor-parallel all-reduces.',
    source:
      'NVIDIA H100 NVLink: 900 GB/s total, 450 GB/s each way; 80% achievable is an assumption (as the same-node network preset)',
    advanced: true,
  }),
  rttMs: numberParam({
    label: 'Round-trip time',
    unit: 'ms',
    default: 65,
    min: 0.001,
    max: 2000,
    scale: 'log',
    description: 'Mean round trip between two nodes; one-way latency is half of it.',
    source: 'US coast to coast is about 65 ms (docs/model/performance.md, presets)',
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
    max: 1e9,
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
    max: 1e9,
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
  tcpConnectionsPerPeerCount: numberParam({
    label: 'TCP connections per peer',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1024,
    scale: 'log',
    integer: true,
    description:
      'Parallel TCP connections a node streams to the peer it sends to: each carries at most one window per round trip, so over a long round trip one connection cannot fill a fast port (tcpWindowMiB).',
    source:
      'Gloo and NCCL socket transport open one connection per peer by default (NCCL environment variables: NCCL_SOCKET_NTHREADS and NCCL_NSOCKS_PERTHREAD default 1); PCCL (arXiv 2505.14065) fills WAN links only with many connections',
    advanced: true,
  }),
  tcpWindowMiB: numberParam({
    label: 'TCP window per connection',
    unit: 'MiB',
    default: 3,
    min: 0.0625,
    max: 1000,
    scale: 'log',
    description:
      'Largest amount of unacknowledged data one TCP connection keeps in flight; a connection moves at most this much per round trip (bandwidth-delay product).',
    source:
      'Linux defaults: receive buffer autotuning up to tcp_rmem max = 6 MiB (Documentation/networking/ip-sysctl.rst), of which the default tcp_adv_win_scale = 1 advertises half as window (Linux commit dfa2f0483360, "tcp: get rid of sysctl_tcp_adv_win_scale": 50% of the buffer counted as payload); range 64 KiB (no window scaling) to 1,000 MiB (RFC 7323 allows up to 1 GiB with window scale 14)',
    advanced: true,
  }),
} as const;

/** Spread of node speeds, churn and how synchronous steps treat stragglers. */
export const HETEROGENEITY_PARAMS = {
  speedSigma: numberParam({
    label: 'Per-step jitter (log-normal sigma)',
    unit: 'ratio',
    default: 0,
    min: 0,
    max: 2,
    description:
      'Sigma of the log-normal per-step time of a node, drawn afresh every step; 0 means no jitter. Over the H inner steps between syncs it averages out (spread about sigma / sqrt(H)); a synchronous round waits for the slowest node it keeps.',
    source:
      'docs/model.md, stragglers (expected maximum of n log-normals grows like exp(sigma sqrt(2 ln n)))',
  }),
  persistentSpeedSigma: numberParam({
    label: 'Persistent speed spread (log-normal sigma)',
    unit: 'ratio',
    default: 0,
    min: 0,
    max: 2,
    description:
      'Sigma of the log-normal spread of node speeds that lasts the whole run (different hardware); it does not average over inner steps and meets the straggler policy.',
    source: ASSUMPTION,
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
  churnPolicy: choiceParam({
    label: 'Churn policy',
    options: ['elastic', 'restart-round'] as const,
    default: 'elastic',
    description:
      'elastic: a node that drops loses its own round of work and the others carry on; restart-round: the whole round is redone whenever any node drops (probability 1 - (1 - p)^n).',
    source:
      'TorchElastic (PyTorch elastic training) and INTELLECT-1 (nodes join and leave without stopping the run); docs/model.md, stragglers and churn',
  }),
  stragglerPolicy: choiceParam({
    label: 'Straggler policy',
    options: ['wait-for-all', 'drop-slowest', 'proportional-work'] as const,
    default: 'wait-for-all',
    description:
      'wait-for-all: a round waits for the slowest node; drop-slowest: the slowest fraction is cut and its work lost; proportional-work: each node gets work in proportion to its lasting speed, so only per-step jitter is waited for.',
    source: 'docs/model.md, stragglers and churn',
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
