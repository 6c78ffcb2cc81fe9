// Out-of-sample error per area (docs/validation.md, "Out-of-sample error by area"): for every `matches` figure
// marked "prediction", |log10(model / published)| (for a published range, the distance to the nearer end, 0
// inside it), summarised per error area with the outside-peer comparisons beside them. Pure.
import type { AreaError } from '../core/calibration/areaError';
import {
  CASE_AREA_ERROR_AREAS,
  ERROR_AREA_IDS,
  type ErrorAreaId,
  PEER_ERROR_AREAS,
} from '../core/calibration/errorAreas';
import { percentile } from '../core/engine/monteCarlo';
import type { ValidationEntry } from './validationReport';

/** A factor of 2 in orders of magnitude: the track record counts predictions within it. */
export const FACTOR_2_LOG10 = Math.log10(2);

/** |log10(model / published)| of a figure, or undefined when it has no positive model and published value. */
export function log10Error(
  entry: Pick<ValidationEntry, 'model' | 'published' | 'range'>,
): number | undefined {
  const { model, published, range } = entry;
  if (model === undefined || !Number.isFinite(model) || model <= 0) return undefined;
  if (published !== undefined) return published > 0 ? Math.abs(Math.log10(model / published)) : undefined;
  if (!range || range[0] <= 0) return undefined;
  if (model < range[0]) return Math.log10(range[0] / model);
  return model > range[1] ? Math.log10(model / range[1]) : 0;
}

/** The peers' comparisons of one area. */
export interface PeerComparisons {
  count: number;
  passedCount: number;
  measuredCount: number;
  medianLog10Error: number | null;
}

/** One row of the per-area table. */
export interface AreaErrorRow extends AreaError {
  area: ErrorAreaId;
  fittedCount: number;
  echoCount: number;
  /** Predictions with no log error (a published 0, a negative value), by label. */
  unmeasured: string[];
  peers: PeerComparisons;
}

/** The error area of a case id, from its published-case area or, for a peer comparison, the peer's id. */
export function errorAreaOfCase(caseId: string, caseArea: string | undefined): ErrorAreaId | undefined {
  if (caseArea !== undefined && CASE_AREA_ERROR_AREAS[caseArea]) return CASE_AREA_ERROR_AREAS[caseArea];
  const peer = Object.keys(PEER_ERROR_AREAS).find((id) => caseId === id || caseId.startsWith(`${id}-`));
  return peer === undefined ? undefined : PEER_ERROR_AREAS[peer];
}

const median = (sorted: readonly number[]) => (sorted.length > 0 ? percentile(sorted, 0.5) : null);

function sortedErrors(entries: readonly ValidationEntry[]): number[] {
  return entries
    .map(log10Error)
    .filter((value): value is number => value !== undefined)
    .sort((a, b) => a - b);
}

/** The per-area rows: calibration entries and peer entries, each with its case's published area. */
export function areaErrorRows(
  entries: readonly ValidationEntry[],
  peerEntries: readonly ValidationEntry[],
  caseAreas: ReadonlyMap<string, string>,
): AreaErrorRow[] {
  const inArea = (list: readonly ValidationEntry[], area: ErrorAreaId) =>
    list.filter((entry) => errorAreaOfCase(entry.caseId, caseAreas.get(entry.caseId)) === area);
  return ERROR_AREA_IDS.map((area) => {
    const own = inArea(entries, area);
    const predictions = own.filter((entry) => entry.basis === 'prediction');
    const errors = sortedErrors(predictions);
    const peers = inArea(peerEntries, area);
    const peerErrors = sortedErrors(peers);
    return {
      area,
      predictionCount: predictions.length,
      measuredCount: errors.length,
      withinFactor2Count: errors.filter((value) => value <= FACTOR_2_LOG10).length,
      medianLog10Error: median(errors),
      p90Log10Error: errors.length > 0 ? percentile(errors, 0.9) : null,
      fittedCount: own.filter((entry) => entry.basis === 'fitted').length,
      echoCount: own.filter((entry) => entry.basis === 'input-echo').length,
      unmeasured: predictions.filter((entry) => log10Error(entry) === undefined).map((entry) => entry.label),
      peers: {
        count: peers.length,
        passedCount: peers.filter((entry) => entry.passed).length,
        measuredCount: peerErrors.length,
        medianLog10Error: median(peerErrors),
      },
    };
  });
}

/** Case ids of entries that belong to no error area (a published-case area or peer the table does not map). */
export function unmappedCaseIds(
  entries: readonly ValidationEntry[],
  caseAreas: ReadonlyMap<string, string>,
): string[] {
  const ids = entries
    .filter((entry) => errorAreaOfCase(entry.caseId, caseAreas.get(entry.caseId)) === undefined)
    .map((entry) => entry.caseId);
  return [...new Set(ids)];
}

/** The data the core reads (areaErrors.json): each area's counts and error quantiles, rounded to 4 digits. */
export function areaErrorData(rows: readonly AreaErrorRow[]): Record<string, AreaError> {
  const round = (value: number | null) => (value === null ? null : Number(value.toPrecision(4)));
  return Object.fromEntries(
    rows.map((row) => [
      row.area,
      {
        predictionCount: row.predictionCount,
        measuredCount: row.measuredCount,
        withinFactor2Count: row.withinFactor2Count,
        medianLog10Error: round(row.medianLog10Error),
        p90Log10Error: round(row.p90Log10Error),
      },
    ]),
  );
}
