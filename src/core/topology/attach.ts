// What a mixed network adds to a result priced on its equivalent network of identical nodes: the group and
// the link that set the pace (labels the breakdown and the claim checker show), the number of groups and
// regions, and the reason when some group cannot run its share.
import type { PointResult } from '../engine/types';
import type { MixedNetwork } from './mixedNetwork';

/** The result with the mixed network's labels, counts and feasibility (a new object; the input is kept). */
export function withMixedNetwork(result: PointResult, mixed: MixedNetwork): PointResult {
  const regions = new Set(mixed.groups.map((group) => group.region));
  return {
    ...result,
    metrics: { ...result.metrics, nodeGroupCount: mixed.groups.length, regionCount: regions.size },
    labels: { ...result.labels, limitingGroup: mixed.limitingGroup, limitingLink: mixed.limitingLink },
    warnings: mixed.infeasibleReason ? [...result.warnings, mixed.infeasibleReason] : result.warnings,
    ...(mixed.infeasibleReason
      ? { feasible: false, infeasibleReasons: [...result.infeasibleReasons, mixed.infeasibleReason] }
      : {}),
  };
}
