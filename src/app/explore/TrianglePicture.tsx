// The readout's picture: the full triangle (every corner at its reference) with the current configuration's
// scored triangle inside it, and each corner's figure and reference beside it.
import { useMemo } from 'react';
import type { Metrics } from '../../core/engine/types';
import { cornerPoint, cornerScores, scoredPolygon } from './trianglePicture';

const RADIUS_PX = 70;
const TITLES = { performance: 'Performance', verifiability: 'Verifiability', privacy: 'Privacy' } as const;

/** The triangle of `metrics`. */
export function TrianglePicture({ metrics }: { metrics: Metrics }) {
  const scores = useMemo(() => cornerScores(metrics), [metrics]);
  const outline = scores.map((score) => cornerPoint(score.corner, 1, RADIUS_PX).join(',')).join(' ');
  return (
    <figure className="triangle-picture" data-testid="triangle-picture">
      <svg
        viewBox="-110 -92 220 150"
        role="img"
        aria-label="Performance, verifiability and privacy as a triangle: the fuller, the better"
      >
        <polygon points={outline} className="triangle-outline" />
        {[0.5].map((fraction) => (
          <polygon
            key={fraction}
            points={scores.map((score) => cornerPoint(score.corner, fraction, RADIUS_PX).join(',')).join(' ')}
            className="triangle-guide"
          />
        ))}
        <polygon points={scoredPolygon(scores, RADIUS_PX)} className="triangle-score" />
        {scores.map((score) => {
          const [x, y] = cornerPoint(score.corner, 1.18, RADIUS_PX);
          return (
            <text
              key={score.corner}
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="middle"
              className="triangle-label"
            >
              {TITLES[score.corner]}
            </text>
          );
        })}
      </svg>
      <figcaption>
        <ul>
          {scores.map((score) => (
            <li key={score.corner} data-corner={score.corner} data-score={score.scoreFraction ?? ''}>
              <strong>{TITLES[score.corner]}</strong>: {score.valueText}.{' '}
              <span className="muted">Scale: {score.reference}.</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
