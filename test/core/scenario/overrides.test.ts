// --set values: typed by the table, checked against ranges and options, with field-style errors.
import { describe, expect, it } from 'vitest';
import { PARAMETER_ROWS } from '../../../src/core/params/table';
import { parseOverride, parseOverrides } from '../../../src/core/scenario/overrides';

describe('parseOverride', () => {
  it('reads numbers, options and flags as the parameter types', () => {
    expect(parseOverride('network.rttMs=100')).toEqual({ ok: true, path: 'network.rttMs', value: 100 });
    expect(parseOverride('model.parameterCount=1e9')).toEqual({
      ok: true,
      path: 'model.parameterCount',
      value: 1e9,
    });
    expect(parseOverride('workload.kind=inference')).toEqual({
      ok: true,
      path: 'workload.kind',
      value: 'inference',
    });
    expect(parseOverride('training.overlapSync=TRUE')).toEqual({
      ok: true,
      path: 'training.overlapSync',
      value: true,
    });
  });

  it('rejects an unknown path with a suggestion', () => {
    expect(parseOverride('network.rtt=1')).toEqual({
      ok: false,
      error: { path: '--set network.rtt', message: 'unknown parameter (did you mean "network.rttMs"?)' },
    });
  });

  it('rejects an out-of-range value, naming the range and the text given', () => {
    expect(parseOverride('network.rttMs=5000')).toEqual({
      ok: false,
      error: { path: '--set network.rttMs', message: 'must be a number from 0.001 to 2000 (ms); got "5000"' },
    });
  });

  it('rejects text where a number is needed, an empty value and a missing "="', () => {
    for (const text of ['network.rttMs=fast', 'network.rttMs=', 'network.rttMs=Infinity']) {
      const outcome = parseOverride(text);
      expect(outcome.ok, text).toBe(false);
    }
    const missing = parseOverride('network.rttMs');
    expect(missing.ok ? '' : missing.error.message).toContain('path=value');
  });

  it('accepts every parameter default written as text', () => {
    for (const row of PARAMETER_ROWS) {
      const outcome = parseOverride(`${row.path}=${String(row.spec.default)}`);
      expect(outcome, row.path).toEqual({ ok: true, path: row.path, value: row.spec.default });
    }
  });
});

describe('parseOverrides', () => {
  it('keeps the last value for a repeated path', () => {
    expect(parseOverrides(['network.rttMs=1', 'network.rttMs=2'])).toEqual({
      ok: true,
      overrides: { 'network.rttMs': 2 },
    });
  });

  it('collects every error', () => {
    const outcome = parseOverrides(['network.rtt=1', 'network.rttMs=-1', 'network.nodeCount=4']);
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toEqual([
      '--set network.rtt',
      '--set network.rttMs',
    ]);
  });
});
