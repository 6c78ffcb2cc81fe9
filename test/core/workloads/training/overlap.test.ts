// Overlap of a sync with compute: DDP buckets during the backward pass and Streaming DiLoCo fragments.
import { describe, expect, it } from 'vitest';
import {
  BACKWARD_SHARE_OF_COMPUTE,
  bucketedExposedS,
  streamingExposedS,
} from '../../../../src/core/workloads/training/overlap';

const sync = (syncS: number, bucketCount: number) => ({ bucketCount, syncS, latencyS: 0, transferS: syncS });

describe('bucketed overlap with the backward pass', () => {
  it('hides up to the backward pass less one bucket release', () => {
    const stepS = 3;
    const backwardS = BACKWARD_SHARE_OF_COMPUTE * stepS;
    expect(bucketedExposedS(sync(10, 100), stepS)).toBeCloseTo(10 - backwardS * (1 - 1 / 100), 12);
  });
  it('always exposes at least the last bucket', () => {
    expect(bucketedExposedS(sync(0.5, 10), 3)).toBeCloseTo(0.05, 12);
  });
  it('hides nothing with a single bucket sent after the step', () => {
    expect(bucketedExposedS(sync(7, 1), 3)).toBeCloseTo(7, 12);
  });
});

describe('Streaming DiLoCo fragments', () => {
  it('charges each fragment only what arrives later than tau steps after its step', () => {
    // 16 fragments of 4 s each, sent whole after a 1 s step, due 2 s (tau = 1) after that step began.
    expect(streamingExposedS(sync(4, 1), 16, 1, 100, 1)).toBeCloseTo(16 * (1 + 4 - 2), 12);
  });
  it('cannot carry more than the link allows in a round', () => {
    // 16 fragments of 10 s need 160 s of link time in a 100 s round even with a long overlap window.
    expect(streamingExposedS(sync(10, 1), 16, 1, 100, 50)).toBeCloseTo(60, 12);
  });
  it('a longer window never costs more', () => {
    for (let tau = 0; tau < 10; tau += 1) {
      expect(streamingExposedS(sync(3, 8), 16, 1, 100, tau + 1)).toBeLessThanOrEqual(
        streamingExposedS(sync(3, 8), 16, 1, 100, tau),
      );
    }
  });
});
