// Prepares the model-error band of a sweep: at each point, the P10-P90 of the metric with its error area's
// measured out-of-sample error (docs/validation.md), around the Monte Carlo band when there is one. The core
// computes each band; this only lines them up with the sweep and names the areas for the legend.
import { modelErrorBand } from '../../core/calibration/modelErrorBand';
import { type Params, setParam } from '../../core/params/table';
import type { SweepPoint } from '../store/resultsSlice';

/** The outer band of a sweep chart, and what it rests on. */
export interface ModelBandSeries {
  low: (number | null)[];
  high: (number | null)[];
  /** "Inference over networks: 90% of 7 published predictions within x1.98", one per area along the sweep. */
  basis: string[];
}

const text = (value: number) => String(Number(value.toPrecision(3)));

/** The model-error band of `metric` along the sweep over `path`, or null when no point has one. */
export function modelBandSeries(
  points: readonly SweepPoint[],
  path: string,
  metric: string,
  params: Params,
): ModelBandSeries | null {
  const bands = points.map((point) => {
    const value = point.result.metrics[metric];
    if (value === undefined || !point.result.feasible) return undefined;
    return modelErrorBand(metric, setParam(params, path, point.value), value, point.result.bands[metric]);
  });
  if (!bands.some((band) => band?.low != null && band.high != null)) return null;
  const basis = new Set<string>();
  for (const band of bands)
    if (band?.factor90 != null)
      basis.add(
        `${band.areaLabel}: 90% of ${band.measuredCount} published predictions within x${text(band.factor90)}`,
      );
  return {
    low: bands.map((band) => band?.low ?? null),
    high: bands.map((band) => band?.high ?? null),
    basis: [...basis],
  };
}
