// The plausible-range table: for the inputs a project's claim usually leaves open, the range of values we
// believe, with its source. The parameter table's valid range is far wider (it bounds what the model accepts,
// not what is likely); these ranges are what the claim check draws from. A claim file may replace any of them.
import type { KnownParamPath, Params } from '../params/table';

/** A range in the parameter's own unit. */
export interface AbsoluteRange {
  kind: 'absolute';
  low: number;
  high: number;
}

/** A range as factors on the value the configuration gives (a preset's round trip, a stated port speed). */
export interface RelativeRange {
  kind: 'relative';
  lowFactor: number;
  highFactor: number;
}

/** One row of the plausible-range table. */
export interface PlausibleRangeEntry {
  /** The parameter drawn. */
  path: KnownParamPath;
  /** Parameters moved by the same ratio (they share the draw). */
  linkedPaths: readonly KnownParamPath[];
  range: AbsoluteRange | RelativeRange;
  /** Whether the input matters for this configuration and claimed metric at all. */
  appliesTo: (params: Params, metric: string) => boolean;
  source: string;
}

/** Whether nodes exchange data over the configured network (several nodes, or MPC parties talking). */
export function usesNetwork(params: Params): boolean {
  return params.network.nodeCount > 1 || params.privacy.technique === 'mpc';
}

/** Whether a step waits on several nodes (stragglers and drop-outs matter). */
function synchronizesNodes(params: Params): boolean {
  if (params.network.nodeCount <= 1) return false;
  return params.workload.kind === 'training' || params.inference.placement !== 'replicated';
}

/** Whether confidential-computing mode is on (TEE privacy or TEE attestation). */
function usesTee(params: Params): boolean {
  return params.privacy.technique === 'tee' || params.verification.technique === 'tee-attestation';
}

/** Metrics a GPU-hour price moves (the price only turns time into money). */
const PRICED_METRICS: ReadonlySet<string> = new Set([
  'costPerMillionTokensUsd',
  'cheatGainUsd',
  'expectedCheatGainUsd',
  'cheatingPaysFlag',
]);

/** The plausible-range table, in the order reports list it. docs/claims.md reproduces it with these sources. */
export const PLAUSIBLE_RANGES: readonly PlausibleRangeEntry[] = [
  {
    path: 'hardware.mfuFraction',
    linkedPaths: [],
    range: { kind: 'absolute', low: 0.3, high: 0.5 },
    appliesTo: () => true,
    source:
      'Large datacentre runs reach 38-43% (Llama 3 405B, arXiv 2407.21783) to 46% (PaLM 540B, arXiv 2204.02311); INTELLECT-1 measured 43.3% without communication; 30% is an assumption for less tuned or consumer setups',
  },
  {
    path: 'hardware.memoryBandwidthEfficiencyFraction',
    linkedPaths: [],
    range: { kind: 'absolute', low: 0.3, high: 0.9 },
    appliesTo: (params) => params.workload.kind === 'inference',
    source:
      'Low end: int8 BLOOM-176B decoding reached 0.31 of A100 bandwidth (Hugging Face BLOOM inference benchmarks 2022, scenarios/calibration/petals-bloom-176b.json); high end 0.9 is an assumption for tuned fp16 decoding kernels',
  },
  {
    path: 'network.rttMs',
    linkedPaths: [],
    range: { kind: 'relative', lowFactor: 0.8, highFactor: 1.5 },
    appliesTo: usesNetwork,
    source:
      'Published transpacific round trips span 100-165 ms around the 130 ms preset (0.77-1.27x; docs/model/performance.md, presets); up to 1.5x for detours and queueing is an assumption',
  },
  {
    path: 'network.uploadMbps',
    linkedPaths: ['network.downloadMbps'],
    range: { kind: 'relative', lowFactor: 0.25, highFactor: 2 },
    appliesTo: usesNetwork,
    source:
      'Assumption: presets carry a typical port (1 Gbit/s for rented nodes, 60 Mbit/s home upload per Epoch AI); sustained throughput from a quarter of it (shared, throttled or long-haul links) to twice it (a better port); download moves with upload',
  },
  {
    path: 'network.linkEfficiencyFraction',
    linkedPaths: [],
    range: { kind: 'relative', lowFactor: 0.55, highFactor: 1 },
    appliesTo: usesNetwork,
    source:
      'High end: the configured goodput (1448/1538 for TCP over 1500-byte Ethernet, presets/network.ts); low end about half of it is an assumption for congested or lossy long-haul paths',
  },
  {
    path: 'heterogeneity.speedSigma',
    linkedPaths: [],
    range: { kind: 'absolute', low: 0, high: 0.06 },
    appliesTo: synchronizesNodes,
    source:
      'Same-model GPUs differ measurably (Sinha et al., SC22, "Not All GPUs Are Created Equal"); a cloud study by William & Mary, Jefferson Lab and Silicon Data found up to 34.5% spread in compute over 259 H100 PCIe across 11 providers, a log-normal sigma near 0.05-0.06 (the upper end); matched nodes sit near 0 (INTELLECT-1 kept 96% of time computing on US nodes). Networks mixing GPU models must give their own range',
  },
  {
    path: 'heterogeneity.dropProbabilityFraction',
    linkedPaths: [],
    range: { kind: 'absolute', low: 0, high: 0.005 },
    appliesTo: synchronizesNodes,
    source:
      'Datacentre floor: 419 unexpected interruptions in 54 days on 16,384 H100 (Llama 3, arXiv 2407.21783), about 1.6e-4 per 8-GPU node per hour; 0.5% per round is an assumption for nodes that join and leave (INTELLECT-1 had 30 providers joining and leaving over 42 days)',
  },
  {
    path: 'tee.encryptedTransferGBps',
    linkedPaths: [],
    range: { kind: 'relative', lowFactor: 0.5, highFactor: 2 },
    appliesTo: usesTee,
    source: 'The parameter table gives a few GB/s of CPU-side AES-GCM as an assumption; half to twice it',
  },
  {
    path: 'hardware.pricePerGpuHourUsd',
    linkedPaths: [],
    range: { kind: 'relative', lowFactor: 0.6, highFactor: 1.6 },
    appliesTo: (_params, metric) => PRICED_METRICS.has(metric),
    source:
      'Assumption: marketplace and on-demand rental prices differ by this much from a quoted price (2024-2025)',
  },
  {
    path: 'ledger.blockSpaceShareFraction',
    linkedPaths: [],
    range: { kind: 'absolute', low: 0.05, high: 1 },
    appliesTo: (params) => params.ledger.kind !== 'none' && params.ledger.kind !== 'bft',
    source:
      'Assumption: a public chain is shared; Ethereum carries 12-23 TPS of 143 possible transfers per second (ethereum-l1 case), so a job may get anything from a small share to the whole block',
  },
];
