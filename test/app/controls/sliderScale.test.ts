// Slider positions map onto the whole range of every number row, monotonically, and stay in range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PAGE_STEP_POSITIONS,
  SLIDER_STEPS,
  sliderToValue,
  stepValue,
  valueToSlider,
} from '../../../src/app/controls/sliderScale';
import type { NumberParamSpec } from '../../../src/core/params/spec';
import { PARAMETER_ROWS } from '../../../src/core/params/table';

const NUMBER_SPECS = PARAMETER_ROWS.flatMap((row) =>
  row.spec.kind === 'number' ? [row.spec] : [],
) as NumberParamSpec[];

/** Slider positions whose values round to the same number as `value` (3 significant figures, or whole). */
function positionsSharing(spec: NumberParamSpec, value: number): number {
  const halfStep = spec.integer ? 0.5 : Math.abs(value) * 0.005;
  const low = Math.max(spec.min, value - halfStep);
  const high = Math.min(spec.max, value + halfStep);
  const span =
    spec.scale === 'log' && spec.min > 0
      ? Math.log10(high / low) / Math.log10(spec.max / spec.min)
      : (high - low) / (spec.max - spec.min);
  return span * SLIDER_STEPS;
}

describe('slider scale', () => {
  it('reaches the minimum and maximum of every number row', () => {
    for (const spec of NUMBER_SPECS) {
      expect(sliderToValue(spec, 0)).toBe(spec.min);
      expect(sliderToValue(spec, SLIDER_STEPS)).toBe(spec.max);
    }
  });

  it('is monotonic and in range, whole for integer rows', () => {
    for (const spec of NUMBER_SPECS) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SLIDER_STEPS - 1 }), (position) => {
          const low = sliderToValue(spec, position);
          const high = sliderToValue(spec, position + 1);
          expect(high).toBeGreaterThanOrEqual(low);
          expect(low).toBeGreaterThanOrEqual(spec.min);
          expect(high).toBeLessThanOrEqual(spec.max);
          if (spec.integer) expect(Number.isInteger(low)).toBe(true);
        }),
        { numRuns: 50 },
      );
    }
  });

  it('puts a value back at about the same position', () => {
    for (const spec of NUMBER_SPECS) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SLIDER_STEPS }), (position) => {
          const value = sliderToValue(spec, position);
          const back = valueToSlider(spec, value);
          expect(Math.abs(back - position)).toBeLessThanOrEqual(positionsSharing(spec, value) + 1);
        }),
        { numRuns: 50 },
      );
    }
  });

  it('spaces log rows by decades', () => {
    const spec = NUMBER_SPECS.find((entry) => entry.scale === 'log' && entry.min > 0 && !entry.integer);
    expect(spec).toBeDefined();
    if (!spec) return;
    const middle = sliderToValue(spec, SLIDER_STEPS / 2);
    const geometricMean = Math.sqrt(spec.min * spec.max);
    expect(Math.abs(Math.log10(middle / geometricMean))).toBeLessThan(0.01);
  });

  it('moves every number row by one visible step per arrow key, from any value, and stops at the ends', () => {
    for (const spec of NUMBER_SPECS) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SLIDER_STEPS }), (position) => {
          const value = sliderToValue(spec, position);
          const up = stepValue(spec, value, 1);
          const down = stepValue(spec, value, -1);
          if (value < spec.max) expect(up).toBeGreaterThan(value);
          else expect(up).toBe(spec.max);
          if (value > spec.min) expect(down).toBeLessThan(value);
          else expect(down).toBe(spec.min);
          expect(up).toBeLessThanOrEqual(spec.max);
          expect(down).toBeGreaterThanOrEqual(spec.min);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('steps the node count by one near 14 and pages by a modest factor', () => {
    const nodes = PARAMETER_ROWS.find((row) => row.path === 'network.nodeCount')?.spec;
    expect(nodes?.kind).toBe('number');
    if (nodes?.kind !== 'number') return;
    expect(stepValue(nodes, 14, 1)).toBe(15);
    expect(stepValue(nodes, 14, -1)).toBe(13);
    const paged = stepValue(nodes, 14, 1, PAGE_STEP_POSITIONS);
    expect(paged).toBeGreaterThan(15);
    expect(paged).toBeLessThan(28);
  });
});
