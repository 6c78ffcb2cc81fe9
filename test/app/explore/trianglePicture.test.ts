// The triangle picture: each corner scored against its stated reference (the datacentre run on a log scale,
// every cheat caught, no record exposed), and the polygon drawn from those scores.
import { describe, expect, it } from 'vitest';
import {
  cornerPoint,
  cornerScores,
  PERFORMANCE_LOG_DECADES,
  scoredPolygon,
} from '../../../src/app/explore/trianglePicture';

const score = (metrics: Record<string, number>, corner: string) =>
  cornerScores(metrics).find((entry) => entry.corner === corner)?.scoreFraction;

describe('triangle picture', () => {
  it('scores performance against the datacentre run on a log scale', () => {
    expect(score({ slowdownVsDatacentreRatio: 1 }, 'performance')).toBe(1);
    expect(
      score({ slowdownVsDatacentreRatio: 10 ** (PERFORMANCE_LOG_DECADES / 2) }, 'performance'),
    ).toBeCloseTo(0.5, 12);
    expect(score({ slowdownVsDatacentreRatio: 8e6 }, 'performance')).toBe(0);
    expect(score({}, 'performance')).toBeNull();
  });

  it('scores verifiability by detection and privacy by the records that stay hidden', () => {
    expect(score({ detectionProbabilityFraction: 0.99 }, 'verifiability')).toBe(0.99);
    expect(score({ privacyExposureProbabilityFraction: 0.1 }, 'privacy')).toBeCloseTo(0.9, 12);
    const text = cornerScores({ privacyExposureProbabilityFraction: 0.1 }).find(
      (entry) => entry.corner === 'privacy',
    );
    expect(text?.valueText).toBe('a record reaches the adversary 10% of the time');
  });

  it('draws a full triangle on the corners and a missing score at the centre', () => {
    const full = cornerScores({
      slowdownVsDatacentreRatio: 1,
      detectionProbabilityFraction: 1,
      privacyExposureProbabilityFraction: 0,
    });
    const [x, y] = cornerPoint('performance', 1, 70);
    expect(scoredPolygon(full, 70).split(' ')[0]).toBe(`${x.toFixed(1)},${y.toFixed(1)}`);
    expect(scoredPolygon(cornerScores({}), 70)).toBe('0.0,0.0 0.0,0.0 0.0,0.0');
  });
});
