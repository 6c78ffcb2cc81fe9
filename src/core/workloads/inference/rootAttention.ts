// In a sync scheme where the root gathers every head's Q, K and V and runs attention alone
// (tensorSyncSchemes.ts, root-gather), the root reads the whole KV cache and does every head's score and
// weighted-sum FLOP, where the sliced step gave it 1/n: it pays the other (1 - 1/n) on top.
import type { Params } from '../../params/table';
import type { PassWork } from '../../work/types';
import { type ForwardTime, forwardTime } from '../compute';
import type { TensorSyncScheme } from './tensorSyncSchemes';

/** Extra time of the root's unsliced attention beyond its 1/n share; zero when attention is split. */
export function rootAttentionExtra(
  params: Params,
  scheme: TensorSyncScheme,
  pass: PassWork | undefined,
): ForwardTime {
  const nodeCount = params.network.nodeCount;
  if (!pass || !scheme.rootRunsAttention || nodeCount <= 1) return { computeS: 0, memoryS: 0, seconds: 0 };
  const unshared = 1 - 1 / nodeCount;
  return forwardTime(
    params,
    pass.attentionFlop * unshared,
    pass.kvCacheBytesRead * unshared,
    params.hardware.gpusPerNodeCount,
  );
}
