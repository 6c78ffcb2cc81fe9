// How much of a claim check's uncertainty is the inputs' and how much the model's own measured error
// (docs/claims.md, "The model's own error"), with the model's track record in the claimed metric's area.
import type { ClaimReport } from '../../core/claims/types';
import { formatQuantityRange } from '../../core/format/readable';
import { formatPercent } from '../format/formatNumber';

/** One paragraph: the area, its track record, the split of the uncertainty and the inputs-only support. */
export function ClaimUncertainty({ report }: { report: ClaimReport }) {
  const parts = report.uncertainty;
  const error = parts.modelError;
  const inputsAlone = `with the inputs alone the claim’s side holds in ${formatPercent(parts.inputOnlySupportFraction)} of the draws`;
  if (error === null)
    return (
      <p className="muted" data-testid="claim-uncertainty">
        Model error: this metric belongs to no area measured against published figures; {inputsAlone}.
      </p>
    );
  const band = parts.withModelError;
  return (
    <p className="muted" data-testid="claim-uncertainty">
      Model error ({error.areaLabel}): {error.trackRecord}.{' '}
      {parts.modelShareFraction !== null && parts.inputShareFraction !== null
        ? `Of the answer’s uncertainty (variance of its logarithm), ${formatPercent(parts.inputShareFraction)} is the inputs’ and ${formatPercent(parts.modelShareFraction)} the model’s own. `
        : parts.modelLog10Sd === null
          ? 'Its error here is unknown, so the probability above covers the inputs only. '
          : ''}
      {band &&
        `With the model’s error the answer’s P10–P90 is ${formatQuantityRange(band.p10, band.p90, report.claim.unit)}. `}
      Without it, {inputsAlone.replace('with the inputs alone ', '')}.
    </p>
  );
}
