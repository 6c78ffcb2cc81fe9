// Claim files are validated at the edge like scenario files: every problem names its field and what is allowed.
import { describe, expect, it } from 'vitest';
import { parseClaim, parseClaimText } from '../../../src/core/claims/parse';
import { minimalClaim } from './fixtures';

function errorsOf(json: unknown): Array<{ path: string; message: string }> {
  const outcome = parseClaim(json);
  return outcome.ok ? [] : outcome.errors;
}

describe('parseClaim', () => {
  it('accepts a minimal claim and fills in the seed', () => {
    const outcome = parseClaim(minimalClaim());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.claim.seed).toBe('seed');
  });

  it('names missing and mistyped fields', () => {
    const errors = errorsOf({ ...minimalClaim(), schemaVersion: 2, title: '', source: { who: 'x' } });
    const paths = errors.map((error) => error.path);
    expect(paths).toContain('schemaVersion');
    expect(paths).toContain('title');
    expect(paths).toContain('source.document');
    expect(paths).toContain('source.statement');
  });

  it('rejects an unknown direction and a tolerance on a one-sided claim', () => {
    expect(
      errorsOf(minimalClaim({ claim: { metric: 'stepTimeS', direction: 'roughly', value: 1 } }))[0]?.path,
    ).toBe('claim.direction');
    const errors = errorsOf(
      minimalClaim({
        claim: { metric: 'stepTimeS', direction: 'at-most', value: 1, toleranceFraction: 0.1 },
      }),
    );
    expect(errors.map((error) => error.path)).toContain('claim.toleranceFraction');
  });

  it('needs a tolerance above 0 for an "about" claim', () => {
    expect(
      errorsOf(minimalClaim({ claim: { metric: 'stepTimeS', direction: 'about', value: 1 } }))[0]?.path,
    ).toBe('claim.toleranceFraction');
    expect(
      errorsOf(
        minimalClaim({ claim: { metric: 'stepTimeS', direction: 'about', value: 1, toleranceFraction: 0 } }),
      )[0]?.message,
    ).toContain('above 0');
  });

  it('suggests a close metric name for an unknown one', () => {
    const [error] = errorsOf(
      minimalClaim({ claim: { metric: 'throughputTokensPerSecond', direction: 'at-least', value: 1 } }),
    );
    expect(error?.path).toBe('claim.metric');
    expect(error?.message).toContain('did you mean "throughputTokensPerS"');
  });

  it('checks uncertainty paths, bounds and units against the parameter table', () => {
    const errors = errorsOf(
      minimalClaim({
        params: { 'network.rttMs': 50 },
        uncertainty: {
          'network.rttMS': { min: 1, max: 2, source: 'x' },
          'network.uploadMbps': { min: 100, max: 10, source: 'x' },
          'hardware.mfuFraction': { min: 0.2, max: 1.5, source: 'x' },
          'network.rttMs': { min: 10, max: 20, source: 'x' },
          'privacy.technique': { min: 0, max: 1, source: 'x' },
          'network.downloadMbps': { min: 0, max: 10, source: 'x' },
        },
      }),
    );
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.message]));
    expect(byPath['uncertainty.network.rttMS']).toContain('did you mean "network.rttMs"');
    expect(byPath['uncertainty.network.uploadMbps.min']).toContain('below max');
    expect(byPath['uncertainty.hardware.mfuFraction.max']).toContain('from 0.01 to 1 (fraction)');
    expect(byPath['uncertainty.network.rttMs']).toContain('cannot also be uncertain');
    expect(byPath['uncertainty.privacy.technique']).toContain('only number parameters');
    expect(byPath['uncertainty.network.downloadMbps.min']).toBeDefined();
  });

  it('reports cross-field problems at the field that set the value', () => {
    const errors = errorsOf(
      minimalClaim({
        presets: { hardware: 'RTX_4090' },
        params: { 'privacy.technique': 'tee' },
      }),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.path).join(' ')).toMatch(
      /presets\.hardware|params\.privacy\.technique/,
    );
  });

  it('rejects a metric the configuration does not report', () => {
    const [error] = errorsOf(
      minimalClaim({ claim: { metric: 'provingTimeS', direction: 'at-most', value: 1 } }),
    );
    expect(error?.path).toBe('claim.metric');
    expect(error?.message).toContain('does not report');
  });

  it('locates broken JSON by line and column', () => {
    const outcome = parseClaimText('{\n  "schemaVersion": 1,\n  "id": \n}');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]?.path).toMatch(/^line 4, column \d+$/);
  });
});
