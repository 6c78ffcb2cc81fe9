// The Check-a-claim view: pick or write a claim file, check it in a worker (with progress and Cancel), and
// read the verdict, the distribution and what you would have to believe. The link reopens the same check.
import '../views.css';
import { useState } from 'react';
import { humaniseMessage } from '../../core/names/humanise';
import { claimTextToCheck } from '../compute/claimScheduler';
import { FieldErrorList } from '../shell/FieldErrorList';
import { JobProgress } from '../shell/JobProgress';
import { useApp } from '../store/StoreContext';
import { ClaimInput } from './ClaimInput';
import { ClaimReportView } from './ClaimReportView';

/** Copies the page address, which holds the claim (bundled id or edited text) and so reopens this check. */
function ShareCheckButton() {
  const [feedback, setFeedback] = useState('');
  return (
    <span className="copy-link">
      <button
        type="button"
        data-testid="share-claim"
        onClick={() =>
          navigator.clipboard.writeText(window.location.href).then(
            () => setFeedback('Link to this check copied'),
            () => setFeedback('Copy failed: the link is in the address bar'),
          )
        }
      >
        Copy a link to this check
      </button>
      <span aria-live="polite" className="feedback">
        {feedback}
      </span>
    </span>
  );
}

/** The claim input on the left, the report on the right. */
export function ClaimsView() {
  const text = useApp(claimTextToCheck);
  const result = useApp((state) => state.claimResult);
  const error = useApp((state) => state.claimError);
  const presenter = useApp((state) => state.presenter);
  const claimId = useApp((state) => state.claimId);
  const currentError = error && error.text === text ? error : null;
  const current = result && result.text === text ? result : null;
  return (
    <div className="layout claims">
      {!presenter && <ClaimInput />}
      <main className="explore" aria-label="Claim check" data-testid="claims-view">
        <div className="claim-toolbar">
          <h2 className="view-title">Check a claim</h2>
          {!presenter && current && <ShareCheckButton />}
        </div>
        <JobProgress job="claim" />
        {currentError && (
          <div className="link-error" role="alert" data-testid="claim-error">
            <p>
              <strong>This claim file cannot be checked.</strong> {humaniseMessage(currentError.message)}.
              Problems:
            </p>
            <FieldErrorList errors={currentError.fieldErrors} />
          </div>
        )}
        {text === null && (
          <p className="placeholder">
            {claimId === ''
              ? 'Pick a claim on the left, or paste or open a claim file.'
              : 'Loading the claim file…'}
          </p>
        )}
        {current ? (
          <ClaimReportView result={current} />
        ) : (
          result && (
            <>
              <p className="muted">The last check, of another claim file:</p>
              <ClaimReportView result={result} />
            </>
          )
        )}
      </main>
    </div>
  );
}
