// Every metric the engine can emit has a catalog entry (unit, label, meaning), so charts, the CLI and
// docs/metrics.md never show an undocumented number.
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { METRIC_CATALOG } from '../../../src/core/metrics/catalog';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import {
  defaultParams,
  PARAMETER_ROWS,
  type Params,
  setParam,
  setParams,
} from '../../../src/core/params/table';
import { FURTHER_GROUP_NAMES } from '../../../src/core/topology/params';

/** Groups whose options only matter once a further node group has nodes (one mixed set covers them). */
const NODE_GROUP_PARAMS = new Set(['topology', ...FURTHER_GROUP_NAMES]);

/**
 * The defaults with each option of each choice parameter in turn, plus both job kinds for each; node-group
 * devices and regions are left at their defaults (they change nothing while the group is empty) and one mixed
 * network of two groups in two regions stands for them.
 */
function variedParams(): Params[] {
  const sets: Params[] = [];
  for (const kind of ['training', 'inference'] as const) {
    const base = setParam(defaultParams(), 'workload.kind', kind);
    for (const row of PARAMETER_ROWS) {
      if (row.spec.kind !== 'choice' || NODE_GROUP_PARAMS.has(row.group)) continue;
      for (const option of row.spec.options) sets.push(setParam(base, row.path, option));
    }
    sets.push(setParams(base, { 'group2.nodeCount': 3, 'group2.region': 'us-east' }));
  }
  return sets.filter((params) => paramConstraintErrors(params).length === 0);
}

describe('metric catalog', () => {
  it('documents every metric emitted for every choice option', () => {
    const missing = new Set<string>();
    for (const params of variedParams()) {
      for (const name of Object.keys(evaluatePoint(params).metrics)) {
        if (!METRIC_CATALOG[name]) missing.add(name);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });

  it('gives every entry a label, a description and a unit field', () => {
    for (const [name, metric] of Object.entries(METRIC_CATALOG)) {
      expect(metric.label, name).not.toBe('');
      expect(metric.description.length, name).toBeGreaterThan(10);
      expect(typeof metric.unit, name).toBe('string');
    }
  });
});
