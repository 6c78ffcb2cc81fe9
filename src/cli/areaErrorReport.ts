// The sections of docs/validation.md on the model's own error: out-of-sample error per area with the outside
// peers beside it, and each fitted constant with the figures it came from and whether a leave-one-case-out refit
// is possible. Pure: rows in, Markdown lines out.
import { errorAreaLabel } from '../core/calibration/errorAreas';
import type { FittedConstant } from '../core/calibration/fittedConstants';
import { formatNumber } from '../core/scenario/formatNumber';
import type { AreaErrorRow } from './areaErrors';

const errorText = (log10: number | null) =>
  log10 === null ? '-' : `${formatNumber(log10, 3)} (x${formatNumber(10 ** log10, 3)})`;

function peerText(row: AreaErrorRow): string {
  const { peers } = row;
  if (peers.count === 0) return 'none yet';
  const median = peers.medianLog10Error === null ? '' : `, median error ${errorText(peers.medianLog10Error)}`;
  return `${peers.count} figures, ${peers.passedCount} within the peer's tolerance${median}`;
}

/** "within 2x on 9 of 11" text of a row, or "no predictions". */
function within2xText(row: AreaErrorRow): string {
  return row.measuredCount === 0 ? '-' : `${row.withinFactor2Count} of ${row.measuredCount}`;
}

/** The per-area table and its notes. */
export function areaErrorSection(
  rows: readonly AreaErrorRow[],
  unmappedCaseIds: readonly string[],
): string[] {
  const unmeasured = rows.flatMap((row) =>
    row.unmeasured.map((label) => `- ${errorAreaLabel(row.area)}: ${label}`),
  );
  return [
    '## Out-of-sample error by area',
    '',
    'Only figures marked **prediction** count: for each, the error is |log10(model / published)| (0.301 is a',
    'factor of 2); for a published range it is the distance to the nearer end, 0 inside it. The median and the',
    '90th percentile are over the measured predictions of the area (linear interpolation between ranks). The',
    '90th percentile is the model-error band every result of the area carries: `sim run --json`/`--csv` columns',
    "`metric.modelErrorLow`/`.modelErrorHigh`, the outer shade of the app's band and the model part of the claim",
    "checker's uncertainty. An area with no measured prediction has no band: its error is unknown, not zero.",
    'Outside peers are independent models run on the same question (scenarios/peers/); their figures are',
    'comparisons, not published measurements, so they are listed beside the predictions, not pooled with them.',
    '',
    '| area | predictions | measured | within 2x | median error | 90th percentile error | fitted, input echoes | outside peers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${errorAreaLabel(row.area)} | ${row.predictionCount} | ${row.measuredCount} | ${within2xText(row)} | ${errorText(row.medianLog10Error)} | ${errorText(row.p90Log10Error)} | ${row.fittedCount}, ${row.echoCount} | ${peerText(row)} |`,
    ),
    '',
    ...(unmeasured.length > 0
      ? ['Predictions with no log error (a published 0 or a non-positive value):', '', ...unmeasured, '']
      : []),
    ...(unmappedCaseIds.length > 0
      ? [
          `Cases in no error area (add their published-case area or peer to src/core/calibration/errorAreas.ts): ${unmappedCaseIds.join(', ')}.`,
          '',
        ]
      : []),
  ];
}

function fittedFromText(constant: FittedConstant): string {
  return constant.fittedFrom
    .map((ref) => (ref.label === undefined ? `${ref.caseId} (every figure)` : `${ref.caseId}: ${ref.label}`))
    .join('; ');
}

function leaveOneOutText(constant: FittedConstant): string {
  const cases = [...new Set(constant.fittedFrom.map((ref) => ref.caseId))];
  if (cases.length === 1)
    return `not possible: fitted from one case (${cases[0]}); without it nothing is left to fit, so its figures stay in-sample (basis fitted)`;
  return `possible (${cases.length} cases) but not run: no refit is registered for this constant`;
}

/** The table of fitted constants (src/core/calibration/fittedConstants.ts). */
export function fittedConstantsSection(constants: readonly FittedConstant[]): string[] {
  return [
    '## Fitted constants and leave-one-case-out refits',
    '',
    'Each fitted constant, the published figures it was set to reproduce (src/core/calibration/fittedConstants.ts,',
    'checked by test/scenarios/fittedProvenance.test.ts: none of them may be marked prediction), and whether it',
    'can be refitted with its case left out, which would turn its figures into out-of-sample predictions. The',
    'project fits a constant from at most one published case, so a refit without that case has nothing to fit.',
    '',
    '| constant | file | fitted from | leave-one-case-out |',
    '| --- | --- | --- | --- |',
    ...constants.map(
      (constant) =>
        `| ${constant.name} | ${constant.file} | ${fittedFromText(constant).replaceAll('|', '\\|')} | ${leaveOneOutText(constant)} |`,
    ),
    '',
  ];
}
