// fast-check generators of valid app state, built from the parameter table so new rows are covered.
import fc from 'fast-check';
import { claimCatalog } from '../../src/app/claims/claimCatalog';
import { scenarioCatalog } from '../../src/app/scenarios/catalog';
import type { ShareableState } from '../../src/app/url/hashState';
import { VIEW_NAMES } from '../../src/app/viewState';
import { METRIC_CATALOG } from '../../src/core/metrics/catalog';
import { paramConstraintErrors } from '../../src/core/params/constraints';
import type { ParamSpec } from '../../src/core/params/spec';
import { defaultParams, getParam, PARAMETER_ROWS, type Params, setParam } from '../../src/core/params/table';

/** A valid value of one row (numbers in range, whole when the row says so, never -0). */
export function arbitraryValueOf(spec: ParamSpec): fc.Arbitrary<number | string | boolean> {
  if (spec.kind === 'choice') return fc.constantFrom(...spec.options);
  if (spec.kind === 'flag') return fc.boolean();
  if (spec.integer) return fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) });
  return fc
    .double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true })
    .map((value) => (value === 0 ? 0 : value));
}

/** A parameter set where each row is left at its default or set to a random valid value. */
export const paramsArbitrary: fc.Arbitrary<Params> = fc
  .tuple(...PARAMETER_ROWS.map((row) => fc.option(arbitraryValueOf(row.spec), { nil: undefined })))
  .map((values) =>
    values.reduce<Params>((params, value, index) => {
      const row = PARAMETER_ROWS[index];
      return row && value !== undefined ? setParam(params, row.path, value) : params;
    }, defaultParams()),
  );

/** `params` with the fields that break a cross-field rule back at their defaults (whole groups if need be). */
function consistent(params: Params): Params {
  const defaults = defaultParams();
  const reset = (next: Params, path: string) => {
    const value = getParam(defaults, path);
    return value === undefined ? next : setParam(next, path, value);
  };
  let next = params;
  for (let round = 0; round < 3; round += 1) {
    const broken = paramConstraintErrors(next);
    if (broken.length === 0) return next;
    next = broken.reduce((changed, error) => reset(changed, error.path), next);
  }
  const groups = new Set(paramConstraintErrors(next).map((error) => error.path.split('.')[0]));
  next = PARAMETER_ROWS.filter((row) => groups.has(row.group)).reduce(
    (changed, row) => reset(changed, row.path),
    next,
  );
  return paramConstraintErrors(next).length === 0 ? next : defaults;
}

/**
 * A parameter set that keeps every cross-field rule: random values, with those that break a rule set back to
 * their defaults (the model's shape rules refuse almost every fully random model, so filtering would starve).
 */
export const consistentParamsArbitrary: fc.Arbitrary<Params> = paramsArbitrary.map(consistent);

const paths = PARAMETER_ROWS.map((row) => row.path);
const numericPaths = PARAMETER_ROWS.filter((row) => row.spec.kind === 'number').map((row) => row.path);
const sortedSubset = fc.subarray(paths).map((list) => [...list].sort());

/** Any state a link can carry. */
export const shareableArbitrary: fc.Arbitrary<ShareableState> = fc
  .record({
    params: consistentParamsArbitrary,
    view: fc.constantFrom(...VIEW_NAMES),
    sweepPath: fc.constantFrom(...numericPaths),
    sweepMetric: fc.constantFrom(...Object.keys(METRIC_CATALOG)),
    seed: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
    hidden: sortedSubset,
    locked: sortedSubset,
    scenarioId: fc.constantFrom('', ...scenarioCatalog().map((entry) => entry.id)),
    presenter: fc.boolean(),
    claimId: fc.constantFrom('', ...claimCatalog().map((entry) => entry.id)),
    claimText: fc.string({ maxLength: 200, unit: 'grapheme' }),
    paramsB: fc.option(consistentParamsArbitrary, { nil: null }),
    keptConfigs: fc.array(consistentParamsArbitrary, { maxLength: 2 }),
    participant: fc.boolean(),
    sweepLocked: fc.boolean(),
    matrixThresholds: fc.constantFrom(
      { strongMinScore: 0.5, weakMaxScore: -0.5, robustMinShareFraction: 0.8 },
      { strongMinScore: 0.3, weakMaxScore: -0.25, robustMinShareFraction: 0.6 },
    ),
    matrixCell: fc.constantFrom('', 'privacy.security', 'performance.scalability'),
  })
  // Kept configurations (C, D) are kept from B: a link carries them only with a B.
  .map((state) => (state.paramsB ? state : { ...state, keptConfigs: [] }));
