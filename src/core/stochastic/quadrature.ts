// Deterministic integration of a unimodal function given by its logarithm: finds the peak, brackets the
// region that carries all but a negligible share of the mass, and applies composite Simpson's rule there.
// Working in logs keeps densities such as n Phi(z)^(n-1) phi(z) for n = 1e6 free of overflow and underflow.
import { exp, log } from '../math/index';

/** Log-units below the peak at which the integrand is treated as zero (e^-40 ~ 4e-18 of the peak). */
const LOG_CUTOFF = 40;
/** Simpson intervals across the bracketed region (even); a peak of width w gets about w / (18 w / 512). */
const SIMPSON_INTERVALS = 512;
/** Golden-section shrink factor (2 / (1 + sqrt 5)). */
const GOLDEN_FRACTION = (Math.sqrt(5) - 1) / 2;
/** The peak is located to this share of the initial scale (it only centres the bracket). */
const PEAK_TOLERANCE_FRACTION = 1e-4;
/** Bisection steps used to tighten each edge of the bracket to about scale / 2^20. */
const EDGE_BISECTION_STEPS = 20;
/** Upper bound on bracket-doubling steps (2^200 scales; reached only by a non-unimodal integrand). */
const MAX_DOUBLINGS = 200;

/** Walks from `start` in steps that double until the function stops rising; returns a bracket of the peak. */
function bracketPeak(logF: (z: number) => number, start: number, scale: number): [number, number] {
  const forward = logF(start + scale) >= logF(start - scale) ? 1 : -1;
  let previous = start - forward * scale;
  let current = start;
  let step = scale;
  for (let index = 0; index < MAX_DOUBLINGS; index += 1) {
    const next = current + forward * step;
    if (logF(next) < logF(current)) {
      return forward > 0 ? [previous, next] : [next, previous];
    }
    previous = current;
    current = next;
    step *= 2;
  }
  throw new Error('logIntegralOfUnimodal: no peak found (integrand not unimodal?)');
}

/** Golden-section search for the maximum of a unimodal function on [low, high]. */
function locatePeak(logF: (z: number) => number, low: number, high: number, tolerance: number): number {
  let a = low;
  let b = high;
  let x1 = b - GOLDEN_FRACTION * (b - a);
  let x2 = a + GOLDEN_FRACTION * (b - a);
  let f1 = logF(x1);
  let f2 = logF(x2);
  while (b - a > tolerance) {
    if (f1 < f2) {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + GOLDEN_FRACTION * (b - a);
      f2 = logF(x2);
    } else {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - GOLDEN_FRACTION * (b - a);
      f1 = logF(x1);
    }
  }
  return (a + b) / 2;
}

/** Finds the point on one side of the peak where the log-integrand falls LOG_CUTOFF below the peak. */
function locateEdge(
  logF: (z: number) => number,
  peak: number,
  floor: number,
  direction: 1 | -1,
  scale: number,
) {
  let inside = peak;
  let step = scale;
  let outside = peak + direction * step;
  for (let index = 0; index < MAX_DOUBLINGS && logF(outside) > floor; index += 1) {
    inside = outside;
    step *= 2;
    outside = peak + direction * step;
  }
  for (let index = 0; index < EDGE_BISECTION_STEPS; index += 1) {
    const middle = (inside + outside) / 2;
    if (logF(middle) > floor) inside = middle;
    else outside = middle;
  }
  return outside;
}

/**
 * Natural log of the integral over the real line of exp(logF(z)), for a unimodal logF (for example a
 * log-concave density times exp(sigma z)). `start` should be near the peak and `scale` about its width;
 * both only steer the search. Relative accuracy is about 1e-10 for smooth peaks.
 */
export function logIntegralOfUnimodal(logF: (z: number) => number, start: number, scale: number): number {
  const [low, high] = bracketPeak(logF, start, scale);
  const peak = locatePeak(logF, low, high, PEAK_TOLERANCE_FRACTION * scale);
  const peakLog = logF(peak);
  const floor = peakLog - LOG_CUTOFF;
  const left = locateEdge(logF, peak, floor, -1, scale);
  const right = locateEdge(logF, peak, floor, 1, scale);
  const width = (right - left) / SIMPSON_INTERVALS;
  let sum = 0;
  for (let index = 0; index <= SIMPSON_INTERVALS; index += 1) {
    const weight = index === 0 || index === SIMPSON_INTERVALS ? 1 : index % 2 === 1 ? 4 : 2;
    sum += weight * exp(logF(left + index * width) - peakLog);
  }
  return peakLog + log((sum * width) / 3);
}
