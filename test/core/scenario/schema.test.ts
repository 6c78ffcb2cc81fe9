// The schema is built from the parameter table: every parameter's type, range, options and whole-number rule
// must be enforced, with messages that name the field and what is allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { describeAllowed } from '../../../src/core/params/describe';
import type { NumberParamSpec } from '../../../src/core/params/spec';
import { defaultParams, PARAMETER_ROWS, setParam } from '../../../src/core/params/table';
import { parseScenario } from '../../../src/core/scenario/parse';
import { scenarioJsonSchema } from '../../../src/core/scenario/schema';
import { minimalScenario } from './fixtures';

const numberRows = PARAMETER_ROWS.filter((row) => row.spec.kind === 'number');

function errorsFor(params: Record<string, unknown>) {
  const outcome = parseScenario(minimalScenario({ params }));
  return outcome.ok ? [] : outcome.errors;
}

describe('scenario schema', () => {
  it('accepts a minimal scenario and fills in the documented defaults', () => {
    const outcome = parseScenario(minimalScenario({ monteCarlo: { runCount: 3 } }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.seed).toBe('seed');
    expect(outcome.scenario.monteCarlo?.stepCount).toBe(100);
  });

  it('accepts every table default, written explicitly', () => {
    const params = Object.fromEntries(PARAMETER_ROWS.map((row) => [row.path, row.spec.default]));
    expect(errorsFor(params)).toEqual([]);
  });

  it('accepts any in-range value of any number parameter (that no cross-field rule refuses beside the defaults)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numberRows),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (row, position) => {
          const spec = row.spec as NumberParamSpec;
          const raw = spec.min + (spec.max - spec.min) * position;
          const value = spec.integer ? Math.min(spec.max, Math.max(spec.min, Math.round(raw))) : raw;
          // A model shape field alone can make a shape that cannot hold the default parameter count: that is
          // the model's cross-field rule speaking, tested in test/core/models, not the schema's range.
          fc.pre(paramConstraintErrors(setParam(defaultParams(), row.path, value)).length === 0);
          expect(errorsFor({ [row.path]: value })).toEqual([]);
        },
      ),
    );
  });

  it.each(numberRows.map((row) => [row.path, row]))(
    'rejects %s above its maximum, naming the range',
    (path, row) => {
      const spec = row.spec as NumberParamSpec;
      const errors = errorsFor({ [path]: spec.max + Math.max(1, Math.abs(spec.max)) });
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe(`params.${path}`);
      expect(errors[0]?.message).toContain(describeAllowed(spec));
    },
  );

  it.each(numberRows.map((row) => [row.path, row]))('rejects %s below its minimum', (path, row) => {
    const spec = row.spec as NumberParamSpec;
    const errors = errorsFor({ [path]: spec.min - Math.max(1, Math.abs(spec.min)) });
    expect(errors.map((error) => error.path)).toEqual([`params.${path}`]);
  });

  it('rejects a fraction for every whole-number parameter', () => {
    for (const row of numberRows.filter((entry) => (entry.spec as NumberParamSpec).integer)) {
      const spec = row.spec as NumberParamSpec;
      const errors = errorsFor({ [row.path]: spec.min + 0.5 });
      expect(errors[0]?.message, row.path).toContain('whole number');
    }
  });

  it('rejects a wrong type or option for every parameter, saying what is allowed', () => {
    for (const row of PARAMETER_ROWS) {
      const wrong = row.spec.kind === 'number' ? 'ten' : row.spec.kind === 'choice' ? 'not-an-option' : 'yes';
      const errors = errorsFor({ [row.path]: wrong });
      expect(errors, row.path).toHaveLength(1);
      expect(errors[0]?.message).toBe(`must be ${describeAllowed(row.spec)}; got "${wrong}"`);
    }
  });

  it('rejects unknown fields at every level, with the allowed fields or a suggestion', () => {
    const outcome = parseScenario(
      minimalScenario({
        colour: 'red',
        claim: { text: 'a', source: 'b', page: 3 },
        params: { 'network.rtt': 3 },
        sweep: { axes: [{ path: 'network.rttMs', values: [1], step: 2 }] },
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const byPath = Object.fromEntries(outcome.errors.map((error) => [error.path, error.message]));
    expect(byPath.colour).toContain('allowed fields: $schema, schemaVersion, id');
    expect(byPath['claim.page']).toContain('allowed fields: text, source, section');
    expect(byPath['params.network.rtt']).toContain('did you mean "network.rttMs"');
    expect(byPath['sweep.axes[0].step']).toContain('allowed fields: path, values, from, to, steps, scale');
  });

  it('names missing required fields', () => {
    const outcome = parseScenario({ schemaVersion: 1, id: 'x' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((error) => error.path)).toEqual(['title', 'description', 'claim']);
    expect(outcome.errors[0]?.message).toBe(
      'must be a non-empty string of at most 300 characters; got nothing',
    );
  });

  it('rejects another schema version and a non-kebab id', () => {
    const outcome = parseScenario(minimalScenario({ schemaVersion: 2, id: 'Not Kebab' }));
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toEqual(['schemaVersion', 'id']);
  });

  it('lists the assertion types for an unknown one', () => {
    const outcome = parseScenario(minimalScenario({ expect: [{ type: 'approximately' }] }));
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: 'expect[0].type', message: 'must be one of "trend", "threshold", "ratio", "matches"' },
    ]);
  });

  it('takes an optional basis and basis note on a matches assertion, and lists the bases for an unknown one', () => {
    const matches = (extra: Record<string, unknown>) =>
      parseScenario(
        minimalScenario({
          expect: [
            {
              type: 'matches',
              caseId: 'case',
              label: 'figure',
              metric: 'stepTimeS',
              where: {},
              published: 1,
              tolerance: { relative: 0.1 },
              ...extra,
            },
          ],
        }),
      );
    for (const basis of ['prediction', 'fitted', 'input-echo']) {
      expect(matches({ basis, basisNote: 'why' }).ok).toBe(true);
    }
    expect(matches({}).ok).toBe(true);
    const unknown = matches({ basis: 'calibrated' });
    expect(unknown.ok ? [] : unknown.errors).toEqual([
      {
        path: 'expect[0].basis',
        message: 'must be "prediction", "fitted", "input-echo"; got "calibrated"',
      },
    ]);
    const emptyNote = matches({ basis: 'fitted', basisNote: '' });
    expect(emptyNote.ok ? [] : emptyNote.errors.map((error) => error.path)).toEqual(['expect[0].basisNote']);
  });
});

describe('scenarioJsonSchema', () => {
  it('describes every parameter with its range and documentation', () => {
    const schema = scenarioJsonSchema() as {
      properties: { params: { $ref: string } };
      $defs: { params: { properties: Record<string, unknown> } };
    };
    expect(schema.properties.params.$ref).toBe('#/$defs/params');
    const params = schema.$defs.params.properties;
    expect(Object.keys(params)).toEqual(PARAMETER_ROWS.map((row) => row.path));
    const rtt = params['network.rttMs'] as { minimum: number; maximum: number; description: string };
    const spec = PARAMETER_ROWS.find((row) => row.path === 'network.rttMs')?.spec as NumberParamSpec;
    expect([rtt.minimum, rtt.maximum]).toEqual([spec.min, spec.max]);
    expect(rtt.description).toContain(spec.source);
  });
});
