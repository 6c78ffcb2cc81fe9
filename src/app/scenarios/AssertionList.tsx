// The outcomes of a scenario's assertions: pass or fail in words and colour, with the numbers behind each. A
// failing published figure whose miss is documented reads as a known miss with its reason, as `sim check` does.
import { humaniseMessage } from '../../core/names/humanise';
import type { AssertionOutcome } from '../../core/scenario/index';
import { readAssertion } from '../../core/scenario/knownMiss';
import type { Assertion } from '../../core/scenario/types';

/** One row per assertion, in `expect` order; `assertions` is the scenario's `expect` list. */
export function AssertionList({
  outcomes,
  assertions = [],
}: {
  outcomes: readonly AssertionOutcome[];
  assertions?: readonly Assertion[];
}) {
  if (outcomes.length === 0) return <p className="muted">This scenario makes no assertions.</p>;
  const readings = outcomes.map((outcome) => readAssertion(assertions[outcome.index], outcome.passed));
  const passed = readings.filter((reading) => reading.verdict === 'pass').length;
  const knownMisses = readings.filter((reading) => reading.verdict === 'known-miss').length;
  return (
    <section aria-labelledby="assertions-title">
      <h3 id="assertions-title">
        Assertions: {passed} of {outcomes.length} pass
        {knownMisses > 0 && `, ${knownMisses} known ${knownMisses === 1 ? 'miss' : 'misses'}`}
      </h3>
      <ul className="assertions" data-testid="assertions">
        {outcomes.map((outcome, index) => {
          const reading = readings[index] ?? readAssertion(undefined, outcome.passed);
          return (
            <li
              key={outcome.index}
              className={reading.verdict}
              data-passed={outcome.passed}
              data-verdict={reading.verdict}
            >
              <span className="verdict">{reading.label}</span>
              <span className="assertion-text">
                {humaniseMessage(outcome.description)}
                <span className="detail">
                  {outcome.type}: {humaniseMessage(outcome.detail)}
                </span>
                {reading.missReason !== undefined && (
                  <span className="miss-reason" data-testid="miss-reason">
                    Why the model misses this (documented): {humaniseMessage(reading.missReason)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
