// Hostile inputs at the scenario and claim edges: deep nesting, huge lists, long texts, object-member names.
// Each must be refused with a message naming the field, in time independent of the input's size.
import { describe, expect, it } from 'vitest';
import { parseClaimText } from '../../../src/core/claims/parse';
import { findMetric } from '../../../src/core/metrics/catalog';
import { locateJsonProblem } from '../../../src/core/scenario/jsonLocation';
import {
  MAX_DOCUMENT_CHARS,
  MAX_MONTE_CARLO_STEPS_PER_JOB,
  MAX_NESTING_DEPTH,
  MAX_ROW_COUNT,
} from '../../../src/core/scenario/limits';
import { parseScenario, parseScenarioText } from '../../../src/core/scenario/parse';
import { minimalScenario } from './fixtures';

function errorsOf(text: string) {
  const outcome = parseScenarioText(text);
  return outcome.ok ? [] : outcome.errors;
}

function variants(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `v${index}`, label: `V ${index}` }));
}

describe('scenario and claim limits', () => {
  it.each([5_000, 200_000])('locates %i unclosed brackets without exhausting the stack', (depth) => {
    const problem = locateJsonProblem('['.repeat(depth));
    expect(problem).toMatchObject({ line: 1, column: MAX_NESTING_DEPTH + 1 });
    expect(problem?.reason).toContain(`nested more than ${MAX_NESTING_DEPTH} levels`);
  });

  it('refuses valid JSON nested past the limit, with its position', () => {
    const deep = `${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`;
    expect(errorsOf(deep)[0]?.path).toBe(`line 1, column ${MAX_NESTING_DEPTH + 1}`);
  });

  it('refuses a text past the length limit before parsing it', () => {
    const errors = errorsOf(' '.repeat(MAX_DOCUMENT_CHARS + 1));
    expect(errors[0]?.message).toContain(`at most ${MAX_DOCUMENT_CHARS}`);
  });

  it('limits rows made by variants alone, naming what to reduce', () => {
    const outcome = parseScenario(minimalScenario({ variants: variants(MAX_ROW_COUNT + 1) }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]?.message).toContain('use fewer variants or sweep values');
  });

  it('finds duplicate ids among many variants in linear time', () => {
    const list = [...variants(5_000), { id: 'v0', label: 'again' }];
    const outcome = parseScenario(minimalScenario({ variants: list }));
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: 'variants[5000].id', message: 'duplicate variant id "v0"; ids must be unique' },
    ]);
  });

  it('limits Monte Carlo work per job to rows x runs x steps', () => {
    const monteCarlo = { runCount: 10_000, stepCount: 100_000 };
    const outcome = parseScenario(minimalScenario({ monteCarlo }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]?.path).toBe('monteCarlo');
    expect(outcome.errors[0]?.message).toContain('reduce monteCarlo.runCount, monteCarlo.stepCount');
    const within = { runCount: MAX_MONTE_CARLO_STEPS_PER_JOB / 100_000, stepCount: 100_000 };
    expect(parseScenario(minimalScenario({ monteCarlo: within })).ok).toBe(true);
  });

  it('refuses long ids, seeds and metric names, echoing only their start', () => {
    const long = 'x'.repeat(300_000);
    const outcome = parseScenario(minimalScenario({ seed: long }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]?.path).toBe('seed');
    expect(outcome.errors[0]?.message.length).toBeLessThan(200);
    const metric = parseScenario(
      minimalScenario({ expect: [{ type: 'threshold', metric: long, where: {}, max: 1 }] }),
    );
    expect(metric.ok ? [] : metric.errors.map((error) => error.path)).toEqual(['expect[0].metric']);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats the object-member name %s as an unknown metric',
    (name) => {
      expect(findMetric(name)).toBeUndefined();
      const outcome = parseScenario(
        minimalScenario({ expect: [{ type: 'threshold', metric: name, where: {}, max: 1 }] }),
      );
      expect(outcome.ok ? [] : outcome.errors).toEqual([
        { path: 'expect[0].metric', message: `unknown metric "${name}"` },
      ]);
    },
  );

  it('names an empty or unusual field name in quotes, never as the top level', () => {
    const outcome = parseScenario(minimalScenario({ '': 1 }));
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toEqual(['""']);
  });

  it('says what $schema must be in its own words', () => {
    const outcome = parseScenario(minimalScenario({ $schema: 5 }));
    expect(outcome.ok ? [] : outcome.errors[0]?.message).toMatch(
      /^must be a string of at most \d+ characters; got 5$/,
    );
  });

  it('refuses a claim metric named after an object member', () => {
    const outcome = parseClaimText('{"claim": {"metric": "constructor"}}');
    expect(outcome.ok).toBe(false);
  });
});
