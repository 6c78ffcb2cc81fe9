// Cross-field rules run on every resolved row; each problem is reported once, at the field that set the value.
import { describe, expect, it, vi } from 'vitest';
import type { Params } from '../../../src/core/params/table';
import { parseScenario } from '../../../src/core/scenario/parse';
import { rowConstraintErrors } from '../../../src/core/scenario/rowConstraints';
import type { Scenario } from '../../../src/core/scenario/types';
import { minimalScenario } from './fixtures';

vi.mock('../../../src/core/params/constraints', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/params/constraints')>();
  return {
    ...original,
    // A stand-in rule: more than 100 ms of round trip is "incompatible" with fewer than 4 GPUs per node.
    paramConstraintErrors: (params: Params) =>
      params.network.rttMs > 100 && params.hardware.gpusPerNodeCount < 4
        ? [{ path: 'network.rttMs', message: 'too slow for small nodes' }]
        : [],
  };
});

const base = {
  params: { 'hardware.gpusPerNodeCount': 2 },
  variants: [
    { id: 'near', label: 'Near' },
    { id: 'far', label: 'Far', params: { 'network.rttMs': 150 } },
  ],
  sweep: { axes: [{ path: 'network.uploadMbps', values: [10, 100] }] },
};

describe('row constraints', () => {
  it('reports a broken rule at the field that set the value, once, with the rows it affects', () => {
    const outcome = parseScenario(minimalScenario(base));
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        path: 'variants[1].params.network.rttMs',
        message: 'too slow for small nodes (in 2 of 4 rows, first: variant "far", network.uploadMbps = 10)',
      },
    ]);
  });

  it('traces a value set with --set', () => {
    const outcome = parseScenario(minimalScenario({ ...base, variants: undefined }));
    expect(outcome.ok).toBe(true);
    const errors = rowConstraintErrors((outcome as { scenario: Scenario }).scenario, {
      'network.rttMs': 500,
    });
    expect(errors.map((error) => error.path)).toEqual(['--set network.rttMs']);
  });
});
