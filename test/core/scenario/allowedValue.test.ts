// The zod-free value rule (isAllowedValue, used where the schema is not loaded) and the scenario schema's
// per-parameter rule accept exactly the same values, for every parameter of the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedValue } from '../../../src/core/params/spec';
import { PARAMETER_ROWS } from '../../../src/core/params/table';
import { paramValueSchema } from '../../../src/core/scenario/paramSchema';

/** Values near each row's edges and options, plus arbitrary ones of every type. */
const candidates = (row: (typeof PARAMETER_ROWS)[number]) => {
  const { spec } = row;
  const edges =
    spec.kind === 'number'
      ? [spec.min, spec.max, spec.min - 1, spec.max + 1, spec.min + 0.5, (spec.min + spec.max) / 2]
      : spec.kind === 'choice'
        ? [...spec.options, `${spec.options[0]}x`]
        : [true, false, 'true'];
  return fc.oneof(
    fc.constantFrom(...edges, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, '1'),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
  );
};

describe('isAllowedValue', () => {
  it('agrees with the scenario schema on every parameter', () => {
    for (const row of PARAMETER_ROWS) {
      const schema = paramValueSchema(row);
      fc.assert(
        fc.property(candidates(row), (value) => {
          expect(isAllowedValue(row.spec, value), `${row.path} = ${String(value)}`).toBe(
            schema.safeParse(value).success,
          );
        }),
        { numRuns: 60 },
      );
    }
  });
});
