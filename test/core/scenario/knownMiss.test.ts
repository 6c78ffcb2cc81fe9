// Known misses read the same in `sim check` and the Scenarios view: a failing documented miss is a known miss
// with its reason, a passing one is stale and fails, and an assertion without a reason is plain pass or fail.
import { describe, expect, it } from 'vitest';
import { readAssertion } from '../../../src/core/scenario/knownMiss';
import type { Assertion } from '../../../src/core/scenario/types';

const matches = (missReason?: string): Assertion => ({
  type: 'matches',
  caseId: 'case-a',
  label: 'figure',
  metric: 'stepTimeS',
  where: {},
  published: 1,
  tolerance: { relative: 0.1 },
  ...(missReason === undefined ? {} : { missReason }),
});

describe('readAssertion', () => {
  it('reads a failing documented miss as a known miss with its reason', () => {
    expect(readAssertion(matches('no client time'), false)).toEqual({
      verdict: 'known-miss',
      label: 'KNOWN MISS',
      missReason: 'no client time',
    });
  });

  it('fails a documented miss that now passes, so the reason gets removed', () => {
    expect(readAssertion(matches('no client time'), true).verdict).toBe('stale-miss');
  });

  it('reads assertions without a reason, or unknown ones, as pass or fail', () => {
    expect(readAssertion(matches(), true)).toEqual({ verdict: 'pass', label: 'PASS' });
    expect(readAssertion(matches(), false)).toEqual({ verdict: 'fail', label: 'FAIL' });
    expect(readAssertion(undefined, false).verdict).toBe('fail');
  });
});
