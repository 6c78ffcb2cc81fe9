// The measured out-of-sample error of one area, as docs/validation.md reports it and areaErrors.json holds it
// for the core (written by `npm run validation`; the freshness check fails when it is stale).
import AREA_ERRORS_JSON from './areaErrors.json';
import { ERROR_AREA_IDS, type ErrorAreaId } from './errorAreas';

/** How far the model's predictions of one area's published figures fell from them. */
export interface AreaError {
  /** Prediction figures of the area (basis "prediction"), measurable or not. */
  predictionCount: number;
  /** Of those, figures with a positive model value and published value or range, so |log10(model/published)| exists. */
  measuredCount: number;
  /** Measured predictions within a factor of 2 of the published figure (or inside its published range). */
  withinFactor2Count: number;
  /** Median of |log10(model/published)| over the measured predictions; null when there are none. */
  medianLog10Error: number | null;
  /** 90th percentile of the same; the model-error band is this many orders of magnitude either side. */
  p90Log10Error: number | null;
}

const AREA_ERRORS: Readonly<Record<string, AreaError>> = AREA_ERRORS_JSON;

/** The measured error of an area (all counts 0 and nulls when the data has no entry for it). */
export function areaError(area: ErrorAreaId): AreaError {
  return (
    AREA_ERRORS[area] ?? {
      predictionCount: 0,
      measuredCount: 0,
      withinFactor2Count: 0,
      medianLog10Error: null,
      p90Log10Error: null,
    }
  );
}

/** Every area's error, in report order. */
export function allAreaErrors(): Array<{ area: ErrorAreaId } & AreaError> {
  return ERROR_AREA_IDS.map((area) => ({ area, ...areaError(area) }));
}
