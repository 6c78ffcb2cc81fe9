// Maps a number parameter's value to a slider position and back: linear, or logarithmic for log-scale rows.
import type { NumberParamSpec } from '../../core/params/spec';

/** Slider positions from 0 to this value; fine enough for smooth dragging on any range. */
export const SLIDER_STEPS = 1000;

const usesLog = (spec: NumberParamSpec): boolean => spec.scale === 'log' && spec.min > 0;

/** Slider position (0..SLIDER_STEPS) of `value`. */
export function valueToSlider(spec: NumberParamSpec, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  const span = usesLog(spec)
    ? (Math.log10(clamped) - Math.log10(spec.min)) / (Math.log10(spec.max) - Math.log10(spec.min))
    : (clamped - spec.min) / (spec.max - spec.min);
  return Math.round((Number.isFinite(span) ? span : 0) * SLIDER_STEPS);
}

/**
 * Value at slider position `position`, rounded to 3 significant figures (whole numbers for integer rows); the
 * two ends are the range's own limits, which 3 figures may not spell (a maximum of 1024 would round to 1020).
 */
export function sliderToValue(spec: NumberParamSpec, position: number): number {
  const fraction = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  if (fraction === 0) return spec.min;
  if (fraction === 1) return spec.max;
  const raw = usesLog(spec)
    ? 10 ** (Math.log10(spec.min) + fraction * (Math.log10(spec.max) - Math.log10(spec.min)))
    : spec.min + fraction * (spec.max - spec.min);
  const rounded = spec.integer ? Math.round(raw) : Number(raw.toPrecision(3));
  return Math.min(spec.max, Math.max(spec.min, rounded));
}

/** Slider positions one PageUp or PageDown moves (a fortieth of the range: 14 -> 20 nodes on a 1..1e6 log row). */
export const PAGE_STEP_POSITIONS = 25;

/**
 * The value one key press moves `value` to: `positions` slider positions in `direction` (+1 up, -1 down),
 * then on until the value shown changes, so every press moves by at least one visible step (a log row's
 * positions can be finer than its rounding: at 14 nodes one position rounds back to 14). Stops at the ends.
 */
export function stepValue(spec: NumberParamSpec, value: number, direction: 1 | -1, positions = 1): number {
  let position = valueToSlider(spec, value) + direction * positions;
  while (position > 0 && position < SLIDER_STEPS) {
    const next = sliderToValue(spec, position);
    if (direction > 0 ? next > value : next < value) return next;
    position += direction;
  }
  return direction > 0 ? spec.max : spec.min;
}

/** The step of a slider key ("ArrowUp", "PageDown"...), or null for keys the slider handles itself. */
export function keyStep(key: string): { direction: 1 | -1; positions: number } | null {
  if (key === 'ArrowUp' || key === 'ArrowRight') return { direction: 1, positions: 1 };
  if (key === 'ArrowDown' || key === 'ArrowLeft') return { direction: -1, positions: 1 };
  if (key === 'PageUp') return { direction: 1, positions: PAGE_STEP_POSITIONS };
  if (key === 'PageDown') return { direction: -1, positions: PAGE_STEP_POSITIONS };
  return null;
}
