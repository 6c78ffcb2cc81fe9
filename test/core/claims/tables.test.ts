// The two tables the check relies on: the plausible ranges (each a real number parameter, inside its valid range,
// with a source) and the digest of the published cases (ids as in the project's copy of the published cases, metrics in the catalog).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configurationTags, nearestCases } from '../../../src/core/claims/nearestCases';
import { PLAUSIBLE_RANGES } from '../../../src/core/claims/plausibleRanges';
import { PUBLISHED_CASES } from '../../../src/core/claims/publishedCases';
import { METRIC_CATALOG } from '../../../src/core/metrics/catalog';
import { defaultParams, findParam, setParams } from '../../../src/core/params/table';

/** The project's copy of the published cases (docs/published/README.md says where they come from). */
const PUBLISHED_CASES_PATH = 'docs/published/published-cases.json';

describe('plausible-range table', () => {
  it.each(PLAUSIBLE_RANGES.map((entry) => [entry.path, entry] as const))(
    '%s is a sourced, valid number range',
    (_path, entry) => {
      for (const path of [entry.path, ...entry.linkedPaths])
        expect(findParam(path)?.spec.kind).toBe('number');
      const spec = findParam(entry.path)?.spec;
      if (spec?.kind !== 'number') return;
      expect(entry.source.length).toBeGreaterThan(20);
      if (entry.range.kind === 'absolute') {
        expect(entry.range.low).toBeLessThan(entry.range.high);
        expect(entry.range.low).toBeGreaterThanOrEqual(spec.min);
        expect(entry.range.high).toBeLessThanOrEqual(spec.max);
      } else {
        expect(entry.range.lowFactor).toBeGreaterThan(0);
        expect(entry.range.lowFactor).toBeLessThan(entry.range.highFactor);
      }
    },
  );

  it('is reproduced in docs/claims.md, one row per input', () => {
    const docs = readFileSync('docs/claims.md', 'utf8');
    for (const entry of PLAUSIBLE_RANGES) expect(docs).toContain(`| \`${entry.path}\``);
  });

  it('lists each parameter once', () => {
    const paths = PLAUSIBLE_RANGES.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('published-case digest', () => {
  it('names only catalog metrics', () => {
    for (const entry of PUBLISHED_CASES)
      for (const metric of entry.metrics)
        expect(METRIC_CATALOG[metric], `${entry.id}: ${metric}`).toBeDefined();
  });

  it('matches the published-cases file’s ids, order and areas', () => {
    const file = JSON.parse(readFileSync(PUBLISHED_CASES_PATH, 'utf8')) as {
      cases: Array<{ id: string; area: string }>;
    };
    expect(PUBLISHED_CASES.map((entry) => [entry.id, entry.area])).toEqual(
      file.cases.map((entry) => [entry.id, entry.area]),
    );
  });

  it('puts the case with the same metric and configuration first', () => {
    const params = setParams(defaultParams(), {
      'workload.kind': 'training',
      'training.strategy': 'low-communication',
    });
    expect(configurationTags(params)).toEqual(['training', 'low-communication']);
    expect(nearestCases(params, 'computeTimeFraction')[0]?.id).toBe('intellect-1-utilisation');
    const zk = setParams(defaultParams(), {
      'workload.kind': 'inference',
      'verification.technique': 'zero-knowledge',
    });
    expect(nearestCases(zk, 'provingTimeS')[0]?.id).toBe('zk-zkllm-13b');
  });
});
