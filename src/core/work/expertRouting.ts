// Which routed experts a pass touches. A mixture-of-experts layer reads an expert's weights from memory once
// per pass if at least one token of the pass is routed to it, so the weight bytes of a decoding step grow from
// the active experts (one token) toward all experts (a large batch): "reuse fragmentation" (Adhinarayanan and
// Jayasena 2026, arXiv 2603.08960). Routing is taken as uniform and independent across tokens, the state the
// load-balancing losses of GShard (Lepikhin et al. 2020, arXiv 2006.16668, section 2.2) and Switch Transformer
// (Fedus et al. 2022, arXiv 2101.03961, section 2.2) and DeepSeek-V3's bias-based balancing (arXiv
// 2412.19437, section 2.1.2) drive the router toward; each token picks k distinct experts of E.
import { exp, log1p } from '../math';

/**
 * Expected share of a layer's E routed experts that at least one of `tokenCount` tokens picks, when each
 * token picks k distinct experts uniformly at random: 1 - (1 - k/E)^T (a given expert escapes one token with
 * probability 1 - k/E, and tokens route independently). k/E for one token; approaches 1 as T grows; never
 * above min(1, T k / E), the share if no two tokens shared an expert.
 */
export function expectedExpertShareTouched(
  expertCount: number,
  activeExpertCount: number,
  tokenCount: number,
): number {
  if (tokenCount <= 0 || expertCount <= 0) return 0;
  const pickedFraction = Math.min(1, activeExpertCount / expertCount);
  if (pickedFraction >= 1) return 1;
  // (1 - p)^T as exp(T log1p(-p)): exact for large T and small p, and the same bits on every engine.
  return 1 - exp(tokenCount * log1p(-pickedFraction));
}

/** Expected count of distinct routed experts one layer runs for `tokenCount` tokens (as above, times E). */
export function expectedExpertsTouchedCount(
  expertCount: number,
  activeExpertCount: number,
  tokenCount: number,
): number {
  return expertCount * expectedExpertShareTouched(expertCount, activeExpertCount, tokenCount);
}
