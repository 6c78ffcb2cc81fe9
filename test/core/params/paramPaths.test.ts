// Parameter paths named in code are a type: a misspelt path fails the type check (the @ts-expect-error lines
// below fail `tsc` if they ever compile), and at run time an unknown path is still refused.
import { describe, expect, it } from 'vitest';
import type { CellDefinition } from '../../../src/core/matrix/types';
import {
  defaultParams,
  type KnownParamPath,
  PARAMETER_ROWS,
  setParams,
} from '../../../src/core/params/table';

describe('parameter paths as a type', () => {
  it('every row of the table is a known path', () => {
    const paths: KnownParamPath[] = PARAMETER_ROWS.map((row) => row.path as KnownParamPath);
    expect(new Set(paths).size).toBe(PARAMETER_ROWS.length);
    expect(setParams(defaultParams(), { 'network.rttMs': 7 }).network.rttMs).toBe(7);
  });

  it('a misspelt path in a literal does not compile, and throws if forced', () => {
    // @ts-expect-error 'network.rtMs' is not a parameter path
    expect(() => setParams(defaultParams(), { 'network.rtMs': 1 })).toThrow(
      /Unknown parameter "network.rtMs"/,
    );
    // @ts-expect-error a matrix cell's job names known paths only
    const params: CellDefinition['params'] = { 'training.stratgy': 'pipeline' };
    expect(Object.keys(params)).toEqual(['training.stratgy']);
  });
});
