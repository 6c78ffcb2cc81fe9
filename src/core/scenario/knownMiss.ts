// How an assertion's outcome reads when a `matches` assertion documents a known miss (`missReason`): a failing
// one is a known miss, shown with its reason and not counted as a failure; a passing one means the
// documentation is stale, so it fails. The CLI's `check` and the app's Scenarios view both read it from here.
import type { Assertion } from './types';

/** The four ways an assertion's outcome reads. */
export type AssertionVerdict = 'pass' | 'fail' | 'known-miss' | 'stale-miss';

/** The verdict of an outcome, its label, and the documented reason of a known miss. */
export interface AssertionReading {
  verdict: AssertionVerdict;
  label: string;
  missReason?: string;
}

const LABELS: Record<AssertionVerdict, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'known-miss': 'KNOWN MISS',
  'stale-miss': 'FAIL (passes but documents a miss: remove missReason)',
};

/** How an assertion (possibly documenting a miss) that passed or failed reads. */
export function readAssertion(assertion: Assertion | undefined, passed: boolean): AssertionReading {
  const missReason = assertion && 'missReason' in assertion ? assertion.missReason : undefined;
  const verdict: AssertionVerdict =
    missReason === undefined ? (passed ? 'pass' : 'fail') : passed ? 'stale-miss' : 'known-miss';
  return { verdict, label: LABELS[verdict], ...(missReason === undefined ? {} : { missReason }) };
}
