// The open scenario: its claim and source, what to notice, the assertion outcomes, the chart, and buttons that
// load a variant's parameters into the Explore view.

import { humaniseMessage } from '../../core/names/humanise';
import { ResultFileButtons } from '../files/ResultFileButtons';
import { variantLabel } from '../series/scenarioSeries';
import { FieldErrorList } from '../shell/FieldErrorList';
import { useApp } from '../store/StoreContext';
import { AssertionList } from './AssertionList';
import { ScenarioChart } from './ScenarioChart';

/** Everything about the scenario being shown, or a prompt to pick one. */
export function ScenarioDetail() {
  const status = useApp((state) => state.scenarioStatus);
  const run = useApp((state) => state.scenarioRun);
  const runError = useApp((state) => state.scenarioError);
  const uploaded = useApp((state) => state.uploaded);
  const showUploaded = useApp((state) => state.showUploaded);
  const scenarioId = useApp((state) => state.scenarioId);
  const importParams = useApp((state) => state.importParams);
  const setView = useApp((state) => state.setView);

  const fileErrors = showUploaded ? (uploaded?.errors ?? []) : [];
  const errors = fileErrors.length > 0 ? fileErrors : (runError?.fieldErrors ?? []);
  if (errors.length > 0 || (status === 'error' && runError)) {
    return (
      <div className="link-error" role="alert" data-testid="scenario-error">
        <p>
          <strong>
            {showUploaded ? `${uploaded?.fileName} cannot be run.` : 'This scenario cannot be run.'}
          </strong>{' '}
          {runError?.message}
        </p>
        <FieldErrorList errors={errors} />
      </div>
    );
  }
  if (!showUploaded && scenarioId === '') {
    return <p className="placeholder">Pick a scenario to run it and check its claim.</p>;
  }
  if (status === 'running' || !run) return <p className="placeholder">Running the scenario…</p>;

  const { scenario } = run;
  const variantIds = [...new Set(run.result.rows.map((row) => row.variant))];
  return (
    <article className="scenario-detail" data-testid="scenario-detail" data-scenario={scenario.id}>
      <h2>{scenario.title}</h2>
      <blockquote>
        <p>{scenario.claim.text}</p>
        <footer>
          {scenario.claim.source}
          {scenario.claim.section ? `, ${scenario.claim.section}` : ''}
        </footer>
      </blockquote>
      <p>{humaniseMessage(scenario.description)}</p>
      {scenario.whatToNotice && (
        <p className="notice">
          <strong>What to notice:</strong> {humaniseMessage(scenario.whatToNotice)}
        </p>
      )}
      <AssertionList outcomes={run.outcomes} assertions={scenario.expect ?? []} />
      <ScenarioChart run={run} />
      <p>
        <ResultFileButtons result={run.result} baseName={scenario.id} testIdPrefix="scenario-export" />
      </p>
      <section className="open-in-explore">
        <h3>Explore a variant</h3>
        {variantIds.map((variantId) => {
          const row = run.result.rows.find((entry) => entry.variant === variantId);
          if (!row) return null;
          return (
            <button
              key={variantId}
              type="button"
              onClick={() => {
                if (importParams(row.params, 'The scenario') !== null) setView('explore');
              }}
            >
              Open “{variantLabel(run, variantId)}” in Explore
            </button>
          );
        })}
      </section>
    </article>
  );
}
