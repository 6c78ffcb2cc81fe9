// Evaluates a scenario's `expect` assertions against its results (semantics in docs/scenario-format.md).
import { checkTrend } from './checkTrend';
import { checkMatches, checkRatio, checkThreshold } from './checkValues';
import type { AssertionOutcome } from './outcome';
import type { Assertion, Scenario, ScenarioResult } from './types';

export type { AssertionOutcome } from './outcome';

function checkOne(
  scenario: Scenario,
  result: ScenarioResult,
  assertion: Assertion,
  index: number,
): AssertionOutcome {
  switch (assertion.type) {
    case 'trend':
      return checkTrend(scenario, result, assertion, index);
    case 'threshold':
      return checkThreshold(result, assertion, index);
    case 'ratio':
      return checkRatio(result, assertion, index);
    case 'matches':
      return checkMatches(result, assertion, index);
  }
}

/** One outcome per assertion, in `expect` order. */
export function checkScenario(scenario: Scenario, result: ScenarioResult): AssertionOutcome[] {
  return (scenario.expect ?? []).map((assertion, index) => checkOne(scenario, result, assertion, index));
}
