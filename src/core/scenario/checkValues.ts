// Checks the assertions that compare selected values: `threshold`, `ratio` and `matches`.
import { formatNumber } from './formatNumber';
import type { AssertionOutcome } from './outcome';
import { describeWhere, metricValue, selectRows } from './select';
import { acceptedInterval, describeTolerance } from './tolerance';
import type { Assertion, ScenarioResult, Where } from './types';

type Selected = { value: number } | { problem: string };

/** The metric of the one row a selector picks, or why there is none. */
function selectValue(result: ScenarioResult, where: Where, metric: string): Selected {
  const rows = selectRows(result.rows, where);
  if (rows.length !== 1)
    return { problem: `${describeWhere(where)} selects ${rows.length} rows, not exactly one` };
  const row = rows[0];
  const value = row ? metricValue(row.result, metric) : undefined;
  if (value === undefined) {
    const known = Object.keys(row?.result.metrics ?? {}).join(', ');
    return { problem: `${metric} is not reported for ${describeWhere(where)} (reported: ${known})` };
  }
  return { value };
}

function withinBounds(value: number, min: number | undefined, max: number | undefined): boolean {
  return Number.isFinite(value) && (min === undefined || value >= min) && (max === undefined || value <= max);
}

function boundsText(min: number | undefined, max: number | undefined): string {
  const parts = [
    min === undefined ? '' : `min ${formatNumber(min)}`,
    max === undefined ? '' : `max ${formatNumber(max)}`,
  ];
  return parts.filter(Boolean).join(', ');
}

function boundValues(min: number | undefined, max: number | undefined): Record<string, number> {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function failed(index: number, type: string, description: string, detail: string): AssertionOutcome {
  return { index, type, description, passed: false, detail, values: {} };
}

/** The outcome of one threshold assertion. */
export function checkThreshold(
  result: ScenarioResult,
  assertion: Extract<Assertion, { type: 'threshold' }>,
  index: number,
): AssertionOutcome {
  const description = assertion.description ?? `${assertion.metric} at ${describeWhere(assertion.where)}`;
  const selected = selectValue(result, assertion.where, assertion.metric);
  if ('problem' in selected) return failed(index, 'threshold', description, selected.problem);
  const { min, max } = assertion;
  return {
    index,
    type: 'threshold',
    description,
    passed: withinBounds(selected.value, min, max),
    detail: `${assertion.metric} = ${formatNumber(selected.value)} (${boundsText(min, max)})`,
    values: { value: selected.value, ...boundValues(min, max) },
  };
}

/** The outcome of one ratio assertion. */
export function checkRatio(
  result: ScenarioResult,
  assertion: Extract<Assertion, { type: 'ratio' }>,
  index: number,
): AssertionOutcome {
  const description =
    assertion.description ??
    `${assertion.metric}: ${describeWhere(assertion.numerator)} over ${describeWhere(assertion.denominator)}`;
  const numerator = selectValue(result, assertion.numerator, assertion.metric);
  const denominator = selectValue(result, assertion.denominator, assertion.metric);
  if ('problem' in numerator) return failed(index, 'ratio', description, `numerator: ${numerator.problem}`);
  if ('problem' in denominator)
    return failed(index, 'ratio', description, `denominator: ${denominator.problem}`);
  const ratio = numerator.value / denominator.value;
  const { min, max } = assertion;
  return {
    index,
    type: 'ratio',
    description,
    passed: withinBounds(ratio, min, max),
    detail: `${formatNumber(numerator.value)} / ${formatNumber(denominator.value)} = ${formatNumber(ratio)} (${boundsText(min, max)})`,
    values: { numerator: numerator.value, denominator: denominator.value, ratio, ...boundValues(min, max) },
  };
}

/** The outcome of one matches assertion: values model, published (if given), ratio, low, high. */
export function checkMatches(
  result: ScenarioResult,
  assertion: Extract<Assertion, { type: 'matches' }>,
  index: number,
): AssertionOutcome {
  const description = assertion.description ?? `${assertion.caseId}: ${assertion.label}`;
  const selected = selectValue(result, assertion.where, assertion.metric);
  if ('problem' in selected) return failed(index, 'matches', description, selected.problem);
  const divisor = assertion.dividedBy && selectValue(result, assertion.dividedBy, assertion.metric);
  if (divisor && 'problem' in divisor) return failed(index, 'matches', description, divisor.problem);
  const model = divisor ? selected.value / divisor.value : selected.value;
  const { published, tolerance } = assertion;
  const interval = acceptedInterval(tolerance, published);
  const publishedText = published === undefined ? 'a range' : formatNumber(published);
  const ratio = published === undefined ? undefined : model / published;
  const ratioText = ratio === undefined ? '' : `, model/published ${formatNumber(ratio)}`;
  const accepted = interval
    ? `accepted ${formatNumber(interval[0])} to ${formatNumber(interval[1])}`
    : 'no interval';
  return {
    index,
    type: 'matches',
    description,
    passed: interval !== undefined && withinBounds(model, interval[0], interval[1]),
    detail: `model ${formatNumber(model)}, published ${publishedText}${ratioText}; ${describeTolerance(tolerance)} (${accepted})`,
    values: {
      model,
      ...(published === undefined ? {} : { published }),
      ...(ratio === undefined ? {} : { ratio }),
      ...(interval ? { low: interval[0], high: interval[1] } : {}),
    },
  };
}
