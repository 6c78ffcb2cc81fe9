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

/** Value at slider position `position`, rounded to 3 significant figures (whole numbers for integer rows). */
export function sliderToValue(spec: NumberParamSpec, position: number): number {
  const fraction = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  const raw = usesLog(spec)
    ? 10 ** (Math.log10(spec.min) + fraction * (Math.log10(spec.max) - Math.log10(spec.min)))
    : spec.min + fraction * (spec.max - spec.min);
  const rounded = spec.integer ? Math.round(raw) : Number(raw.toPrecision(3));
  return Math.min(spec.max, Math.max(spec.min, rounded));
}
