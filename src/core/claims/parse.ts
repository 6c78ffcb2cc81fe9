// Validates a claim at the edge, in stages like a scenario file: the schema (types, ranges, unknown fields),
// then references (the metric, the uncertainty paths and bounds), then the table's cross-field rules on the
// configured parameters, and last whether the configuration reports the claimed metric at all.
import { findMetric, METRIC_CATALOG } from '../metrics/catalog';
import { type FieldError, paramConstraintErrors } from '../params/constraints';
import { findParam, PARAMETER_ROWS } from '../params/table';
import { formatExact } from '../scenario/formatNumber';
import { fieldErrorsFromIssues } from '../scenario/issues';
import { parseJsonText } from '../scenario/jsonLocation';
import { showText } from '../scenario/limits';
import { didYouMean } from '../scenario/suggest';
import { metricValue } from './metricValue';
import { resolveClaim } from './resolve';
import { claimSchema } from './schema';
import type { Claim } from './types';

/** A valid claim, or every problem of the first stage that failed. */
export type ClaimParseOutcome = { ok: true; claim: Claim } | { ok: false; errors: FieldError[] };

function uncertaintyErrors(claim: Claim): FieldError[] {
  const numberPaths = PARAMETER_ROWS.filter((row) => row.spec.kind === 'number').map((row) => row.path);
  return Object.entries(claim.uncertainty ?? {}).flatMap(([path, range]): FieldError[] => {
    const where = `uncertainty.${path}`;
    const spec = findParam(path)?.spec;
    if (!spec) return [{ path: where, message: `unknown parameter${didYouMean(path, numberPaths)}` }];
    if (spec.kind !== 'number') return [{ path: where, message: 'only number parameters can have a range' }];
    if (claim.params?.[path] !== undefined) {
      return [
        { path: where, message: `params.${path} states a value; a stated value cannot also be uncertain` },
      ];
    }
    const allowed = `from ${formatExact(spec.min)} to ${formatExact(spec.max)} (${spec.unit})`;
    const errors: FieldError[] = [];
    for (const bound of ['min', 'max'] as const) {
      if (range[bound] < spec.min || range[bound] > spec.max) {
        errors.push({
          path: `${where}.${bound}`,
          message: `must be ${allowed}; got ${formatExact(range[bound])}`,
        });
      }
    }
    if (range.min >= range.max) {
      errors.push({ path: `${where}.min`, message: `must be below max (${formatExact(range.max)})` });
    }
    if (spec.scale === 'log' && range.min <= 0) {
      errors.push({
        path: `${where}.min`,
        message: 'must be above 0: the parameter is drawn on a log scale',
      });
    }
    return errors;
  });
}

function referenceErrors(claim: Claim): FieldError[] {
  const metric = claim.claim.metric;
  const metricErrors = findMetric(metric)
    ? []
    : [
        {
          path: 'claim.metric',
          message: `unknown metric ${showText(metric)}${didYouMean(metric, Object.keys(METRIC_CATALOG))}`,
        },
      ];
  return [...metricErrors, ...uncertaintyErrors(claim)];
}

function configurationErrors(claim: Claim): FieldError[] {
  const { params, origins } = resolveClaim(claim);
  const constraints = paramConstraintErrors(params).map((error) => ({
    path: origins[error.path] ?? `${error.path} (table default)`,
    message: error.message,
  }));
  if (constraints.length > 0) return constraints;
  if (Number.isFinite(metricValue(params, claim.claim.metric))) return [];
  return [
    {
      path: 'claim.metric',
      message: `this configuration does not report "${claim.claim.metric}" (it may need another workload kind, or a privacy or verification technique)`,
    },
  ];
}

/** Validates parsed JSON as a claim; errors name the field path and what is allowed. */
export function parseClaim(json: unknown): ClaimParseOutcome {
  const parsed = claimSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const claim = parsed.data;
  for (const stage of [referenceErrors, configurationErrors]) {
    const errors = stage(claim);
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, claim };
}

/** Parses claim text; broken JSON gives one error naming the line and column. */
export function parseClaimText(text: string): ClaimParseOutcome {
  return parseJsonText(text, parseClaim, (errors): ClaimParseOutcome => ({ ok: false, errors }));
}
