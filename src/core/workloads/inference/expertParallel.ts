// Expert parallelism inside a node: when the g GPUs of a node hold one copy of a mixture-of-experts model, its
// routed experts are spread evenly over them (E/g each), and every MoE layer sends each token's hidden state to
// the GPUs holding the experts it was routed to (dispatch) and brings the weighted outputs back (combine): two
// all-to-alls per MoE layer. Sources: Lepikhin et al. 2020, GShard (arXiv 2006.16668), section 2.2 (dispatch
// and combine all-to-alls around the experts); DeepSeek-V3 (arXiv 2412.19437), section 3.4 (expert-parallel
// decoding with dispatch and combine); DeepEP, deepseek-ai/DeepEP README (the two kernels per MoE layer).
import type { Params } from '../../params/table';
import type { RoutedExperts, WorkDescription } from '../../work/types';
import { type LinkRates, pointToPointTransferS } from '../links';
import { intraNodeLink } from '../training/tensorParallel';

/** All-to-alls per MoE layer and pass: dispatch to the experts, combine back. */
export const ALL_TO_ALLS_PER_MOE_LAYER_COUNT = 2;

/**
 * Expected count of OTHER GPUs a token's k experts live on, with E experts spread evenly over the g' = min(g, E)
 * GPUs that hold experts (the token's own GPU among them) and the k picked uniformly without repetition:
 * (g' - 1) x (1 - P(a given other GPU holds none of the k)), where that probability is the product over i < k of
 * (E - E/g' - i) / (E - i) (hypergeometric). 0 on one GPU.
 */
export function expectedRemoteGpuCount(experts: RoutedExperts, gpuCount: number): number {
  const { expertCount, activeExpertCount } = experts;
  const holders = Math.min(gpuCount, expertCount);
  if (holders <= 1) return 0;
  const elsewhere = expertCount - expertCount / holders;
  let noneThere = 1;
  for (let pick = 0; pick < activeExpertCount && noneThere > 0; pick++)
    noneThere *= Math.max(0, (elsewhere - pick) / (expertCount - pick));
  return (holders - 1) * (1 - noneThere);
}

/** The expert-parallel traffic of one pass over a node's GPUs. */
export interface ExpertAllToAllCost {
  /** Bytes one GPU sends (and, on average, receives) per pass over all MoE layers. */
  bytesPerGpu: number;
  /** One-way delays of the all-to-alls, seconds. */
  latencyS: number;
  /** Time to move `bytesPerGpu` over the node's links, seconds. */
  transferS: number;
  /** All-to-alls in the pass. */
  allToAllCount: number;
}

const NONE: ExpertAllToAllCost = { bytesPerGpu: 0, latencyS: 0, transferS: 0, allToAllCount: 0 };

/**
 * Expert all-to-alls of a pass over `tokenCount` tokens spread evenly over `memberCount` GPUs (or nodes) that
 * share the routed experts and reach each other over `link`: per MoE layer, each member's T/g tokens go to their
 * expected remote members and come back, each as a hidden vector at the communication precision, at the slower
 * of the link's two directions; each all-to-all also pays the link's one-way delay (the peers are sent to at
 * once). None for a dense model or a single member.
 */
export function expertAllToAllOver(
  work: WorkDescription,
  tokenCount: number,
  memberCount: number,
  link: LinkRates,
): ExpertAllToAllCost {
  const experts = work.routedExperts;
  if (!experts || memberCount <= 1 || tokenCount <= 0) return NONE;
  const bytesPerLayer =
    (tokenCount / memberCount) *
    expectedRemoteGpuCount(experts, memberCount) *
    work.boundaryWidthCount *
    work.communicationBytesPerValue;
  const allToAllCount = ALL_TO_ALLS_PER_MOE_LAYER_COUNT * experts.layerCount;
  const bytesPerGpu = allToAllCount * bytesPerLayer;
  return {
    bytesPerGpu,
    latencyS: allToAllCount * link.oneWayLatencyS,
    transferS: pointToPointTransferS(bytesPerGpu, link),
    allToAllCount,
  };
}

/** Expert all-to-alls of a pass among the GPUs of one node, over `network.intraNodeBandwidthGBps` each way. */
export function expertAllToAll(
  params: Params,
  work: WorkDescription,
  tokenCount: number,
): ExpertAllToAllCost {
  return expertAllToAllOver(work, tokenCount, params.hardware.gpusPerNodeCount, intraNodeLink(params));
}
