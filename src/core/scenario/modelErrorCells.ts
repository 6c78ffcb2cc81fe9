// The model-error columns of a tidy row (docs/cli.md, "Model error"): for each metric of a measured-or-not
// error area, "metric.modelErrorLow" / ".modelErrorHigh" (the P10-P90 band, or the value, widened by the area's
// 90th-percentile out-of-sample error; empty when the area has no measured prediction) and ".modelErrorArea".
import { modelErrorBand } from '../calibration/modelErrorBand';
import type { ScenarioRow } from './types';

/** Suffixes of the model-error columns, in column order. */
export const MODEL_ERROR_SUFFIXES = ['modelErrorLow', 'modelErrorHigh', 'modelErrorArea'] as const;

/** The model-error cells of a row, keyed by column name, in metric order. */
export function modelErrorCells(row: ScenarioRow): Record<string, number | string | null> {
  const cells: Record<string, number | string | null> = {};
  for (const [metric, value] of Object.entries(row.result.metrics)) {
    const band = modelErrorBand(metric, row.params, value, row.result.bands[metric]);
    if (band === undefined) continue;
    cells[`${metric}.modelErrorLow`] = band.low;
    cells[`${metric}.modelErrorHigh`] = band.high;
    cells[`${metric}.modelErrorArea`] = band.area;
  }
  return cells;
}
