// The outcomes of a scenario's assertions: pass or fail in words and colour, with the numbers behind each.
import type { AssertionOutcome } from '../../core/scenario/index';

/** One row per assertion, in `expect` order. */
export function AssertionList({ outcomes }: { outcomes: readonly AssertionOutcome[] }) {
  if (outcomes.length === 0) return <p className="muted">This scenario makes no assertions.</p>;
  const passed = outcomes.filter((outcome) => outcome.passed).length;
  return (
    <section aria-labelledby="assertions-title">
      <h3 id="assertions-title">
        Assertions: {passed} of {outcomes.length} pass
      </h3>
      <ul className="assertions" data-testid="assertions">
        {outcomes.map((outcome) => (
          <li key={outcome.index} className={outcome.passed ? 'pass' : 'fail'} data-passed={outcome.passed}>
            <span className="verdict">{outcome.passed ? 'PASS' : 'FAIL'}</span>
            <span className="assertion-text">
              {outcome.description}
              <span className="detail">
                {outcome.type}: {outcome.detail}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
