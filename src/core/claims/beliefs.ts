// "What you would have to believe": for the inputs that move the metric most, the value at which the claim
// would just hold with every other input at its nominal value, found by the solver over the parameter's whole
// valid range, and where that value sits against the range we believe.

import type { Params } from '../params/table';
import { formatNumber } from '../scenario/formatNumber';
import { applyInputValue } from './inputs';
import { metricValue } from './metricValue';
import { solveForFlip } from './solver';
import type { BeliefRow, ClaimedValue, InputSensitivity, RequirementPosition, UncertainInput } from './types';
import { meetsClaimedSide } from './verdict';

/** Inputs the table shows: the few that matter most. */
export const BELIEF_INPUT_COUNT = 3;
/** Inputs whose rank correlation with the metric is weaker than this are left out: they barely move it. */
export const MIN_BELIEF_RANK_CORRELATION = 0.1;
/**
 * Inputs whose whole plausible range moves the metric by less than this share are left out too: a perfectly
 * monotone but negligible effect (0.01% of the metric) cannot change a verdict, whatever its rank correlation.
 */
export const MIN_BELIEF_SWING_FRACTION = 1e-3;

const show = (value: number, unit: string) => `${formatNumber(value)} ${unit}`.trim();

/** Where a required value sits against the plausible range, given the side on which the claim holds. */
export function requirementPosition(
  required: number,
  holdsWhen: 'at-least' | 'at-most',
  low: number,
  high: number,
): { position: RequirementPosition; beyondRangeRatio?: number } {
  if (holdsWhen === 'at-least') {
    if (required <= low) return { position: 'holds-across-plausible-range' };
    if (required <= high) return { position: 'within-plausible-range' };
    return { position: 'beyond-plausible-range', ...(high > 0 ? { beyondRangeRatio: required / high } : {}) };
  }
  if (required >= high) return { position: 'holds-across-plausible-range' };
  if (required >= low) return { position: 'within-plausible-range' };
  return {
    position: 'beyond-plausible-range',
    ...(required > 0 ? { beyondRangeRatio: low / required } : {}),
  };
}

function summaryOf(row: Omit<BeliefRow, 'summary'>): string {
  const range = `plausible range ${show(row.low, '')}-${show(row.high, row.unit)}`;
  if (row.position === 'holds-across-valid-range') return `the claim holds at any valid ${row.label}`;
  if (row.position === 'no-value-in-valid-range') {
    return `no value of ${row.label} in its valid range makes the claim hold (others at nominal)`;
  }
  const needs = `needs ${row.label} ${row.holdsWhen === 'at-least' ? '>=' : '<='} ${show(row.requiredValue ?? Number.NaN, row.unit)}`;
  if (row.position === 'within-plausible-range') return `${needs}: inside the ${range}`;
  if (row.position === 'holds-across-plausible-range')
    return `${needs}: every value in the ${range} qualifies`;
  const factor =
    row.beyondRangeRatio === undefined ? '' : `, ${formatNumber(row.beyondRangeRatio, 4)}x its end`;
  return `${needs}: outside the ${range}${factor}`;
}

/** The belief row of one input. */
export function beliefFor(
  params: Params,
  input: UncertainInput,
  sensitivity: InputSensitivity,
  claimed: ClaimedValue,
  needsHigher: boolean,
): BeliefRow {
  const evaluate = (value: number) => metricValue(applyInputValue(params, input, value), claimed.metric);
  const result = solveForFlip(
    {
      low: input.validLow,
      high: input.validHigh,
      scale: input.scale,
      integer: input.integer,
      start: input.nominal,
    },
    (value) => meetsClaimedSide(claimed, evaluate(value), needsHigher),
  );
  const base = {
    path: input.path,
    label: input.label,
    unit: input.unit,
    rankCorrelation: sensitivity.rankCorrelation,
    low: input.low,
    high: input.high,
    nominal: input.nominal,
  };
  const row: Omit<BeliefRow, 'summary'> =
    result.status === 'crossing'
      ? {
          ...base,
          requiredValue: result.value,
          metricAtRequired: evaluate(result.value),
          holdsWhen: result.holdsWhen,
          ...requirementPosition(result.value, result.holdsWhen, input.low, input.high),
        }
      : {
          ...base,
          position:
            result.status === 'holds-everywhere' ? 'holds-across-valid-range' : 'no-value-in-valid-range',
        };
  return { ...row, summary: summaryOf(row) };
}

/** Belief rows for the inputs that matter most (by |rank correlation|), strongest first. */
export function beliefRows(
  params: Params,
  inputs: readonly UncertainInput[],
  sensitivities: readonly InputSensitivity[],
  claimed: ClaimedValue,
  needsHigher: boolean,
): BeliefRow[] {
  return sensitivities
    .filter(
      (entry) =>
        Math.abs(entry.rankCorrelation) >= MIN_BELIEF_RANK_CORRELATION &&
        entry.swingRatio >= MIN_BELIEF_SWING_FRACTION,
    )
    .slice(0, BELIEF_INPUT_COUNT)
    .flatMap((entry) => {
      const input = inputs.find((candidate) => candidate.path === entry.path);
      return input ? [beliefFor(params, input, entry, claimed, needsHigher)] : [];
    });
}
