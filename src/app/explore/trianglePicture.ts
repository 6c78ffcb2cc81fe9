// The triangle as a picture: each corner scored from 0 (centre) to 1 (the corner) against a stated reference,
// so a change of technique is seen before it is read. Performance: throughput against the same GPUs and job in
// one datacentre (the engine's slowdownVsDatacentreRatio), on a log scale because techniques cost from a few
// percent to millions of times; verifiability: the chance a cheat is caught; privacy: the chance a record does
// not reach the adversary. Pure: metrics in, scores and polygon points out.
import type { Metrics } from '../../core/engine/types';
import { formatPercent, formatSignificant } from '../format/formatNumber';
import type { TriangleCorner } from './triangleReadout';

/** Slowdowns of this many decades or more against the datacentre run draw performance at the centre. */
export const PERFORMANCE_LOG_DECADES = 6;

/** One corner's score and what it is measured against. */
export interface CornerScore {
  corner: TriangleCorner;
  /** 0 (centre) .. 1 (corner); null when the job does not report the metric. */
  scoreFraction: number | null;
  /** The figure behind the score, in words. */
  valueText: string;
  /** The reference a full score means. */
  reference: string;
}

const clamp = (value: number) => Math.max(0, Math.min(1, value));

const finite = (metrics: Metrics, name: string): number | null => {
  const value = metrics[name];
  return value !== undefined && Number.isFinite(value) ? value : null;
};

/** The three corners' scores from a point's metrics. */
export function cornerScores(metrics: Metrics): CornerScore[] {
  const slowdown = finite(metrics, 'slowdownVsDatacentreRatio');
  const detection = finite(metrics, 'detectionProbabilityFraction');
  const exposure = finite(metrics, 'privacyExposureProbabilityFraction');
  return [
    {
      corner: 'performance',
      scoreFraction:
        slowdown === null || slowdown <= 0
          ? null
          : clamp(1 - Math.log10(Math.max(1, slowdown)) / PERFORMANCE_LOG_DECADES),
      valueText:
        slowdown === null ? 'not reported' : `${formatSignificant(slowdown)}× slower than one datacentre`,
      reference: `the same GPUs and job in one datacentre (corner); ${formatSignificant(10 ** PERFORMANCE_LOG_DECADES)} times slower or worse (centre), log scale`,
    },
    {
      corner: 'verifiability',
      scoreFraction: detection === null ? null : clamp(detection),
      valueText:
        detection === null ? 'not reported' : `a cheat is caught ${formatPercent(detection)} of the time`,
      reference: 'every cheat caught (corner); none caught (centre)',
    },
    {
      corner: 'privacy',
      scoreFraction: exposure === null ? null : clamp(1 - exposure),
      valueText:
        exposure === null
          ? 'not reported'
          : `a record reaches the adversary ${formatPercent(exposure)} of the time`,
      reference: 'no record reaches the adversary (corner); every record does (centre)',
    },
  ];
}

/** Corner directions of an upright equilateral triangle: performance at the top, then clockwise. */
const CORNER_ANGLES_RAD: Readonly<Record<TriangleCorner, number>> = {
  performance: -Math.PI / 2,
  verifiability: Math.PI / 6,
  privacy: (5 * Math.PI) / 6,
};

/** A point at `fraction` of the way from the centre to `corner`, for a triangle of circumradius `radius`. */
export function cornerPoint(corner: TriangleCorner, fraction: number, radius: number): [number, number] {
  const angle = CORNER_ANGLES_RAD[corner];
  return [radius * fraction * Math.cos(angle), radius * fraction * Math.sin(angle)];
}

/** SVG points of the scored triangle (a missing score draws at the centre). */
export function scoredPolygon(scores: readonly CornerScore[], radius: number): string {
  return scores
    .map((score) =>
      cornerPoint(score.corner, score.scoreFraction ?? 0, radius)
        .map((value) => value.toFixed(1))
        .join(','),
    )
    .join(' ');
}
