// A scenario file saved from Explore imports back to the same parameters, seed and swept parameter; a bad file
// is refused with its fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepScenario } from '../../../src/app/scenario/exploreScenarios';
import { importScenarioText } from '../../../src/app/scenario/importScenario';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { PARAMETER_ROWS } from '../../../src/core/params/table';
import { parseScenario } from '../../../src/core/scenario/index';
import { consistentParamsArbitrary } from '../arbitraries';

const numericPaths = PARAMETER_ROWS.filter((row) => row.spec.kind === 'number').map((row) => row.path);

describe('scenario import', () => {
  it('restores what the export saved', () => {
    fc.assert(
      fc.property(
        consistentParamsArbitrary,
        fc.constantFrom(...numericPaths),
        fc.string({ minLength: 1, maxLength: 12 }),
        (params, sweepPath, seed) => {
          fc.pre(paramConstraintErrors(params).length === 0);
          const document = sweepScenario({ params, seed, sweepPath, sweepMetric: 'throughputTokensPerS' });
          // Some sweeps cross a cross-field rule somewhere along the range; the parser refuses those files.
          fc.pre(parseScenario(document).ok);
          const result = importScenarioText(JSON.stringify(document));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.imported.params).toEqual(params);
          expect(result.imported.seed).toBe(seed);
          expect(result.imported.sweepPath).toBe(sweepPath);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a bad file with every bad field', () => {
    const result = importScenarioText(
      JSON.stringify({
        schemaVersion: 1,
        id: 'Bad Id',
        title: 't',
        description: 'd',
        claim: { text: 'c', source: 's' },
        params: { 'network.rttMs': -1 },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['id', 'params.network.rttMs']),
    );
  });
});
