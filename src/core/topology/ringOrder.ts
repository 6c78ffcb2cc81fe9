// The order in which a ring visits the regions of a mixed network. Every step of a ring collective waits for
// its slowest edge, so the ring is laid out to make its longest region-to-region hop as short as possible
// (a bottleneck travelling-salesman tour); with at most eight regions every tour can be tried.
import { type RegionId, regionRttMs } from './regions';

/** The longest round trip of the best ring through `regions` (the intra-region round trip for one region), ms. */
export function bottleneckRingRttMs(regions: readonly RegionId[], intraRegionRttMs: number): number {
  const distinct = [...new Set(regions)];
  if (distinct.length <= 1) return intraRegionRttMs;
  const [first, ...rest] = distinct as [RegionId, ...RegionId[]];
  let best = Number.POSITIVE_INFINITY;
  const visit = (last: RegionId, left: readonly RegionId[], worst: number): void => {
    if (worst >= best) return;
    if (left.length === 0) {
      best = Math.min(best, Math.max(worst, regionRttMs(last, first)));
      return;
    }
    left.forEach((next, index) => {
      const remaining = [...left.slice(0, index), ...left.slice(index + 1)];
      visit(next, remaining, Math.max(worst, regionRttMs(last, next)));
    });
  };
  visit(first, rest, 0);
  return Math.max(best, intraRegionRttMs);
}
