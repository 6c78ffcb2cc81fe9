// The workshop builder's finder narrows hundreds of parameter rows to those whose label or group matches.
import { describe, expect, it } from 'vitest';
import { rowsByGroup } from '../../../src/app/controls/ControlsPanel';
import { findParams } from '../../../src/app/workshop/findParams';
import { groupName } from '../../../src/core/names/groupNames';
import { PARAMETER_ROWS } from '../../../src/core/params/table';

const GROUPS = rowsByGroup(PARAMETER_ROWS);
const paths = (query: string) => findParams(GROUPS, query).flatMap(([, rows]) => rows.map((row) => row.path));

describe('findParams', () => {
  it('keeps every row for an empty query', () => {
    expect(paths('  ')).toEqual(PARAMETER_ROWS.map((row) => row.path));
  });

  it('matches labels without regard to case, and drops groups left empty', () => {
    expect(paths('round trip')).toEqual(paths('ROUND-TRIP'));
    const found = paths('ROUND-TRIP');
    expect(found).toContain('network.rttMs');
    expect(found.length).toBeLessThan(10);
    for (const path of found)
      expect(PARAMETER_ROWS.find((row) => row.path === path)?.spec.label.toLowerCase()).toContain(
        'round-trip',
      );
    expect(findParams(GROUPS, 'no such parameter anywhere')).toEqual([]);
  });

  it('keeps a whole group whose name matches', () => {
    const [group, rows] = GROUPS.find(([name]) => name === 'network') ?? ['network', []];
    const found = findParams(GROUPS, groupName(group));
    expect(found.find(([name]) => name === group)?.[1]).toEqual(rows);
  });
});
