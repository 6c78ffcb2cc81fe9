// The tensor-core tile model of a matmul: tile and wave quantisation, and the L2 traffic of its tiles.
import { describe, expect, it } from 'vitest';
import type { MatmulPass } from '../../../../src/core/limits/utilisation/matmulTime';
import { matmulTimeS } from '../../../../src/core/limits/utilisation/matmulTime';
import { tiledMatmulS } from '../../../../src/core/limits/utilisation/tiledMatmul';
import { defaultParams } from '../../../../src/core/params/table';

const limits = { ...defaultParams().limits, matmulTiling: 'tensor-core-tiles' as const };
const tiledArithmeticS = (r: number, c: number, t: number, pass: MatmulPass, l: typeof limits): number =>
  tiledMatmulS(r, c, t, pass, l).arithmeticS;
const tiledL2TrafficS = (r: number, c: number, t: number, pass: MatmulPass, l: typeof limits): number =>
  tiledMatmulS(r, c, t, pass, l).l2TrafficS;
const rooflineArithmeticS = (rows: number, columns: number, tokens: number): number =>
  (2 * rows * columns * tokens) / (limits.gpuPeakTflops * 1e12 * limits.achievableMatmulFraction);

describe('tensor-core tiles', () => {
  it('leave a large matmul at the roofline: quantisation under 1%, L2 traffic below the arithmetic', () => {
    for (const pass of ['activation', 'weight-gradient'] as const) {
      const tiledS = tiledArithmeticS(12288, 12288, 4096, pass, limits);
      expect(tiledS / rooflineArithmeticS(12288, 12288, 4096)).toBeGreaterThanOrEqual(1);
      expect(tiledS / rooflineArithmeticS(12288, 12288, 4096)).toBeLessThan(1.01);
      expect(tiledL2TrafficS(12288, 12288, 4096, pass, limits)).toBeLessThan(tiledS);
    }
  });

  it('pad the token side to wgmma steps of 8: one token costs the arithmetic of eight, nine cost more', () => {
    const one = tiledArithmeticS(4096, 4096, 1, 'activation', limits);
    expect(tiledArithmeticS(4096, 4096, 8, 'activation', limits)).toBe(one);
    expect(tiledArithmeticS(4096, 4096, 9, 'activation', limits)).toBeGreaterThan(one);
    expect(one).toBeGreaterThan(rooflineArithmeticS(4096, 4096, 1));
  });

  it('run in waves: one iteration more than the SMs take two steps', () => {
    const sms = limits.gpuStreamingMultiprocessorCount;
    const full = tiledArithmeticS(128, 64 * sms, 128, 'activation', limits);
    const oneOver = tiledArithmeticS(128, 64 * (sms + 1), 128, 'activation', limits);
    expect(oneOver / full).toBeCloseTo(2, 10);
  });

  it('read every weight from L2 however few the tokens', () => {
    const weightS = (1024 * 1024 * 2) / (limits.gpuL2BandwidthTBps * 1e12);
    expect(tiledL2TrafficS(1024, 1024, 1, 'activation', limits)).toBeGreaterThanOrEqual(weightS);
  });

  it('only slow a matmul down, never speed it up, against the roofline', () => {
    const roofline = { ...limits, matmulTiling: 'roofline' as const };
    for (const tokens of [1, 7, 40, 129, 1000, 5000]) {
      for (const pass of ['activation', 'weight-gradient'] as const) {
        expect(matmulTimeS(3000, 700, tokens, pass, limits)).toBeGreaterThanOrEqual(
          matmulTimeS(3000, 700, tokens, pass, roofline),
        );
      }
    }
  });
});
