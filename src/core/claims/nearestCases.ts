// Which published cases are nearest a claim: scored by the claimed metric, the configuration's workload shape and
// techniques, and the area family, from the digest in publishedCases.ts.
import type { Params } from '../params/table';
import { PUBLISHED_CASES } from './publishedCases';
import type { NearestCase } from './types';

/** Points for sharing the claimed metric, for each shared configuration tag, and for the same area family. */
const SAME_METRIC_SCORE = 3;
const SHARED_TAG_SCORE = 2;
const SAME_AREA_FAMILY_SCORE = 1;
/** Cases listed per claim. */
export const NEAREST_CASE_COUNT = 3;

/** The tags of a configuration: workload kind, strategy or placement, and every technique or ledger in use. */
export function configurationTags(params: Params): string[] {
  const shape = params.workload.kind === 'training' ? params.training.strategy : params.inference.placement;
  const optional = [params.privacy.technique, params.verification.technique, params.ledger.kind].filter(
    (tag) => tag !== 'none',
  );
  return [params.workload.kind, shape, ...optional];
}

/** The published cases nearest a claim, by shared metric, configuration tags and area; ties keep the file order. */
export function nearestCases(params: Params, metric: string, cases = PUBLISHED_CASES): NearestCase[] {
  const tags = configurationTags(params);
  return cases
    .map((entry, index) => {
      const sharedTags = entry.tags.filter((tag) => tags.includes(tag));
      const sameMetric = entry.metrics.includes(metric);
      const sameFamily = entry.area.startsWith(`${params.workload.kind}/`);
      const reasons = [
        ...(sameMetric ? [`measures ${metric}`] : []),
        ...(sharedTags.length > 0 ? [`shares ${sharedTags.join(', ')}`] : []),
        ...(sameFamily ? [`same area (${params.workload.kind})`] : []),
      ];
      const score =
        (sameMetric ? SAME_METRIC_SCORE : 0) +
        SHARED_TAG_SCORE * sharedTags.length +
        (sameFamily ? SAME_AREA_FAMILY_SCORE : 0);
      return { id: entry.id, area: entry.area, score, reasons, index };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, NEAREST_CASE_COUNT)
    .map(({ index: _index, ...entry }) => entry);
}
