// docs/metrics.md is generated; it must match the catalog it is generated from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMetricsDoc } from '../../../scripts/metricsDoc';

describe('docs/metrics.md', () => {
  it('is what npm run docs:metrics writes', () => {
    expect(readFileSync('docs/metrics.md', 'utf8')).toBe(renderMetricsDoc());
  });
});
