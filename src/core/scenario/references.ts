// Checks that need the whole scenario after the schema passed: unique ids, distinct sweep axes, zip lengths,
// and that every assertion names a known metric, an existing axis or variant, and a `where`
// that selects exactly one row.
import { BANDED_METRICS } from '../engine/metrics';
import { findMetric, METRIC_CATALOG } from '../metrics/catalog';
import type { FieldError } from '../params/constraints';
import { showText } from './limits';
import { BASE_VARIANT_ID } from './resolve';
import { describeWhere, type SelectableRow, selectRows, splitMetricName } from './select';
import { didYouMean } from './suggest';
import { axisLengths, sweepPoints } from './sweep';
import type { Assertion, Scenario, Where } from './types';

export { MAX_ROW_COUNT } from './limits';

/** Entries whose value appeared earlier in the list (one pass, so linear in the list's length). */
function duplicates(values: readonly string[]): Array<{ index: number; value: string }> {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    if (seen.has(value)) return [{ index, value }];
    seen.add(value);
    return [];
  });
}

function structureErrors(scenario: Scenario): FieldError[] {
  const errors: FieldError[] = duplicates((scenario.variants ?? []).map((v) => v.id)).map(
    ({ index, value }) => ({
      path: `variants[${index}].id`,
      message: `duplicate variant id "${value}"; ids must be unique`,
    }),
  );
  const sweep = scenario.sweep;
  if (!sweep) return errors;
  for (const { index, value } of duplicates(sweep.axes.map((axis) => axis.path))) {
    errors.push({
      path: `sweep.axes[${index}].path`,
      message: `"${value}" is already swept by another axis`,
    });
  }
  const lengths = axisLengths(sweep);
  if (sweep.mode === 'zip' && new Set(lengths).size > 1) {
    errors.push({
      path: 'sweep.axes',
      message: `zip mode needs axes of equal length; got ${lengths.join(', ')}`,
    });
  }
  return errors;
}

function metricErrors(scenario: Scenario, name: string, path: string): FieldError[] {
  const { metric, percentile } = splitMetricName(name);
  if (!findMetric(metric)) {
    return [
      {
        path,
        message: `unknown metric ${showText(metric)}${didYouMean(metric, Object.keys(METRIC_CATALOG))}`,
      },
    ];
  }
  if (!percentile) return [];
  if (!(BANDED_METRICS as readonly string[]).includes(metric)) {
    return [
      { path, message: `"${metric}" has no Monte Carlo band; banded metrics: ${BANDED_METRICS.join(', ')}` },
    ];
  }
  if ((scenario.monteCarlo?.runCount ?? 0) === 0) {
    return [{ path, message: `"${name}" needs Monte Carlo runs; set monteCarlo.runCount above 0` }];
  }
  return [];
}

function whereErrors(
  rows: readonly SelectableRow[],
  where: Where,
  path: string,
  axes: string[],
): FieldError[] {
  const errors: FieldError[] = [];
  const variants = [...new Set(rows.map((row) => row.variant))];
  if (where.variant !== undefined && !variants.includes(where.variant)) {
    errors.push({
      path: `${path}.variant`,
      message: `no variant "${where.variant}"; variants: ${variants.join(', ')}`,
    });
  }
  for (const key of Object.keys(where.point ?? {})) {
    if (!axes.includes(key)) {
      errors.push({
        path: `${path}.point.${key}`,
        message: `not a sweep axis; axes: ${axes.join(', ') || 'none'}`,
      });
    }
  }
  if (errors.length > 0) return errors;
  const count = selectRows(rows, where).length;
  if (count === 1) return [];
  const hint =
    count === 0 ? 'check the values against the sweep' : 'name the variant and a value for every axis';
  return [
    { path, message: `must select exactly one row; ${describeWhere(where)} selects ${count} (${hint})` },
  ];
}

function boundErrors(assertion: { min?: number; max?: number }, path: string): FieldError[] {
  if (assertion.min === undefined && assertion.max === undefined) {
    return [{ path, message: 'needs "min", "max" or both' }];
  }
  if (assertion.min !== undefined && assertion.max !== undefined && assertion.min > assertion.max) {
    return [{ path: `${path}.min`, message: `min ${assertion.min} is above max ${assertion.max}` }];
  }
  return [];
}

function assertionErrors(
  scenario: Scenario,
  rows: SelectableRow[],
  assertion: Assertion,
  path: string,
): FieldError[] {
  const axes = scenario.sweep?.axes.map((axis) => axis.path) ?? [];
  const errors = metricErrors(scenario, assertion.metric, `${path}.metric`);
  if (assertion.type === 'trend') {
    if (!axes.includes(assertion.along)) {
      errors.push({ path: `${path}.along`, message: `not a sweep axis; axes: ${axes.join(', ') || 'none'}` });
    }
    const variants = [...new Set(rows.map((row) => row.variant))];
    if (assertion.variant !== undefined && !variants.includes(assertion.variant)) {
      errors.push({
        path: `${path}.variant`,
        message: `no variant "${assertion.variant}"; variants: ${variants.join(', ')}`,
      });
    }
    return errors;
  }
  if (assertion.type === 'threshold') {
    return [
      ...errors,
      ...whereErrors(rows, assertion.where, `${path}.where`, axes),
      ...boundErrors(assertion, path),
    ];
  }
  if (assertion.type === 'ratio') {
    return [
      ...errors,
      ...whereErrors(rows, assertion.numerator, `${path}.numerator`, axes),
      ...whereErrors(rows, assertion.denominator, `${path}.denominator`, axes),
      ...boundErrors(assertion, path),
    ];
  }
  errors.push(...whereErrors(rows, assertion.where, `${path}.where`, axes));
  const tolerance = assertion.tolerance;
  if ('range' in tolerance && tolerance.range[0] > tolerance.range[1]) {
    errors.push({ path: `${path}.tolerance.range`, message: 'low must not exceed high' });
  }
  if (!('range' in tolerance) && assertion.published === undefined) {
    errors.push({ path: `${path}.published`, message: 'required unless the tolerance is a range' });
  }
  return errors;
}

/** Cross-reference errors of a schema-valid scenario (empty when consistent). */
export function referenceErrors(scenario: Scenario): FieldError[] {
  const structural = structureErrors(scenario);
  if (structural.length > 0) return structural;
  const points = sweepPoints(scenario.sweep);
  const variantIds = scenario.variants?.map((variant) => variant.id) ?? [BASE_VARIANT_ID];
  const rows = variantIds.flatMap((variant) => points.map((point) => ({ variant, point })));
  return [
    ...(scenario.expect ?? []).flatMap((assertion, index) =>
      assertionErrors(scenario, rows, assertion, `expect[${index}]`),
    ),
    ...notComparableErrors(scenario, rows),
  ];
}

/**
 * Errors of the `notComparable` list: each shown value names a known metric and selects one row; a case is
 * listed once, and not also compared by a `matches` assertion of the same file (it is one or the other).
 */
function notComparableErrors(scenario: Scenario, rows: SelectableRow[]): FieldError[] {
  const entries = scenario.notComparable ?? [];
  const axes = scenario.sweep?.axes.map((axis) => axis.path) ?? [];
  const compared = new Set(
    (scenario.expect ?? []).flatMap((assertion) => (assertion.type === 'matches' ? [assertion.caseId] : [])),
  );
  const errors: FieldError[] = duplicates(entries.map((entry) => entry.caseId)).map(({ index, value }) => ({
    path: `notComparable[${index}].caseId`,
    message: `case "${value}" is already listed; list each case once`,
  }));
  entries.forEach((entry, index) => {
    const path = `notComparable[${index}]`;
    if (compared.has(entry.caseId)) {
      errors.push({
        path: `${path}.caseId`,
        message: `case "${entry.caseId}" is compared by a "matches" assertion in this file; a case is either compared or not comparable`,
      });
    }
    entry.computed.forEach((shown, shownIndex) => {
      const shownPath = `${path}.computed[${shownIndex}]`;
      errors.push(...metricErrors(scenario, shown.metric, `${shownPath}.metric`));
      errors.push(...whereErrors(rows, shown.where, `${shownPath}.where`, axes));
      if (shown.dividedBy) errors.push(...whereErrors(rows, shown.dividedBy, `${shownPath}.dividedBy`, axes));
    });
  });
  return errors;
}
