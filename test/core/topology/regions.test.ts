import { describe, expect, it } from 'vitest';
import { INTRA_REGION_RTT_MS, REGION_IDS, regionRttMs } from '../../../src/core/topology/regions';

describe('regionRttMs', () => {
  it('has a round trip for every pair of regions, the same both ways', () => {
    for (const first of REGION_IDS) {
      for (const second of REGION_IDS) {
        const rtt = regionRttMs(first, second);
        expect(rtt).toBeGreaterThan(0);
        expect(regionRttMs(second, first)).toBe(rtt);
      }
    }
  });

  it('charges nodes of one region the intra-region round trip', () => {
    expect(regionRttMs('eu-west', 'eu-west')).toBe(INTRA_REGION_RTT_MS);
    expect(regionRttMs('eu-west', 'eu-west', 3)).toBe(3);
  });

  it('puts neighbours closer than antipodes', () => {
    expect(regionRttMs('uk', 'eu-west')).toBeLessThan(regionRttMs('uk', 'us-east'));
    expect(regionRttMs('uk', 'us-east')).toBeLessThan(regionRttMs('uk', 'australia'));
  });
});
