// The model-error band of a result. The model's error in an area is taken as a log-normal factor whose 90th
// percentile of |log10| is the area's measured one (docs/validation.md), so its standard deviation in log10 is
// p90 / z(0.95). The band shown beside the Monte Carlo P10-P90 is the P10-P90 of inputs and model error
// together: each side's input spread (log10 P90/P50, or P50/P10, over z(0.9)) combined in quadrature with the
// model's. With no Monte Carlo band the input spread is 0. Pure; the numbers come from areaErrors.json.

import { log10, pow } from '../math/index';
import { findMetric } from '../metrics/catalog';
import type { Params } from '../params/table';
import { inverseStandardNormal } from '../stochastic/normal';
import { type AreaError, areaError } from './areaError';
import { type ErrorAreaId, errorAreaFigures, errorAreaLabel } from './errorAreas';
import { errorAreaOfMetric } from './metricArea';

/** z of the 95th percentile: |log10 error| <= p90 for 90% of a normal error means p90 = z95 sd. */
const Z_95 = inverseStandardNormal(0.95);
/** z of the 90th percentile: the band is a P10-P90 band, like the Monte Carlo one. */
const Z_90 = inverseStandardNormal(0.9);

/** The measured error of the area a metric belongs to. */
export interface ModelError extends AreaError {
  area: ErrorAreaId;
  areaLabel: string;
  /** 10^p90: the factor either side of a value that held 90% of the area's predictions; null when unmeasured. */
  factor90: number | null;
  /** Standard deviation of log10(true / model) implied by p90; null when unmeasured. */
  log10Sd: number | null;
}

/** A value's P10-P90 band with the model's error; low and high null when unmeasured or not positive. */
export interface ModelErrorBand extends ModelError {
  low: number | null;
  high: number | null;
}

/** The measured error of an area, with its factor and log10 standard deviation. */
export function modelErrorOfArea(area: ErrorAreaId): ModelError {
  const error = areaError(area);
  const p90 = error.p90Log10Error;
  return {
    area,
    areaLabel: errorAreaLabel(area),
    ...error,
    factor90: p90 === null ? null : pow(10, p90),
    log10Sd: p90 === null ? null : p90 / Z_95,
  };
}

/** The measured error for `metric` under `params`, or undefined when the metric belongs to no area. */
export function modelErrorOf(metric: string, params: Params): ModelError | undefined {
  const area = errorAreaOfMetric(metric, params);
  return area === undefined ? undefined : modelErrorOfArea(area);
}

/** One side of the band: centre x 10^(sign z90 sqrt(inputSd^2 + modelSd^2)). */
function side(centre: number, edge: number, modelSd: number, sign: 1 | -1): number {
  const inputSd = Math.abs(log10(edge / centre)) / Z_90;
  return centre * pow(10, sign * Z_90 * Math.sqrt(inputSd * inputSd + modelSd * modelSd));
}

/**
 * The P10-P90 band of `metric` with the model's error, around the Monte Carlo band when there is one (else the
 * value). A multiplicative error needs positive finite values: otherwise, or when the area has no measured
 * prediction, low and high are null. Fractions are kept at or below 1.
 */
export function modelErrorBand(
  metric: string,
  params: Params,
  value: number,
  inputBand?: { p10: number; p50: number; p90: number },
): ModelErrorBand | undefined {
  const error = modelErrorOf(metric, params);
  if (error === undefined) return undefined;
  const [p10, p50, p90] = inputBand ? [inputBand.p10, inputBand.p50, inputBand.p90] : [value, value, value];
  const positive = [p10, p50, p90].every((entry) => entry > 0 && Number.isFinite(entry));
  if (error.log10Sd === null || !positive) return { ...error, low: null, high: null };
  const high = side(p50, p90, error.log10Sd, 1);
  const isFraction = findMetric(metric)?.unit === 'fraction';
  return { ...error, low: side(p50, p10, error.log10Sd, -1), high: isFraction ? Math.min(1, high) : high };
}

/** "within 2x on 7 of 7 published inference-over-networks figures predicted out of sample", or why there is none. */
export function trackRecordLine(
  error: Pick<ModelError, 'area' | 'measuredCount' | 'withinFactor2Count'>,
): string {
  const figures = errorAreaFigures(error.area);
  if (error.measuredCount === 0)
    return `no published ${figures} predicted out of sample yet: the model's error here is unknown`;
  return `within 2x on ${error.withinFactor2Count} of ${error.measuredCount} published ${figures} predicted out of sample`;
}
