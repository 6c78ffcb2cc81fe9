// The claim to check: a bundled claim file, or the user's own (edited, pasted or opened), with quick fields
// for the claimed value and direction, the number of draws and the seed. "Check" hands the text to the worker,
// which validates it with the core's parser; a bad file lists every field and keeps the last report.
import { useEffect, useId, useState } from 'react';
import { useApp } from '../store/StoreContext';
import { ClaimForm } from './ClaimForm';
import { claimCatalog } from './claimCatalog';
import { type ClaimDraftFields, readDraftFields, writeDraftFields } from './claimDraft';
import { looksLikeSentence } from './claimFormFile';

const DIRECTIONS = ['at-least', 'at-most', 'about'] as const;

/** The quick fields, shown while the editor holds a JSON object. */
function DraftFields({ text, onText }: { text: string; onText: (text: string) => void }) {
  const id = useId();
  const fields = readDraftFields(text);
  if (!fields) return null;
  const set = (patch: Partial<ClaimDraftFields>) => {
    const next = writeDraftFields(text, { ...fields, ...patch });
    if (next !== null) onText(next);
  };
  return (
    <div className="claim-fields">
      <label htmlFor={`${id}-direction`}>Claimed</label>
      <select
        id={`${id}-direction`}
        value={fields.direction}
        onChange={(event) => set({ direction: event.target.value })}
      >
        {DIRECTIONS.map((direction) => (
          <option key={direction} value={direction}>
            {direction}
          </option>
        ))}
      </select>
      <input
        aria-label="Claimed value"
        className="number-field"
        value={fields.value}
        onChange={(event) => set({ value: event.target.value })}
      />
      <label htmlFor={`${id}-runs`}>Draws</label>
      <input
        id={`${id}-runs`}
        className="number-field"
        value={fields.runCount}
        onChange={(event) => set({ runCount: event.target.value })}
      />
      <label htmlFor={`${id}-seed`}>Seed</label>
      <input
        id={`${id}-seed`}
        className="seed-field"
        value={fields.seed}
        onChange={(event) => set({ seed: event.target.value })}
      />
    </div>
  );
}

/** Bundled claims, the editor and the file picker. */
export function ClaimInput() {
  const id = useId();
  const claimId = useApp((state) => state.claimId);
  const claimText = useApp((state) => state.claimText);
  const claimFile = useApp((state) => state.claimFile);
  const setClaimId = useApp((state) => state.setClaimId);
  const setClaimText = useApp((state) => state.setClaimText);
  const queueJob = useApp((state) => state.queueJob);
  const checked = claimText !== '' ? claimText : claimFile?.id === claimId ? claimFile.text : '';
  const [draft, setDraft] = useState(checked);
  useEffect(() => setDraft(checked), [checked]);
  const sentence = looksLikeSentence(draft);

  const check = (text: string) => {
    if (looksLikeSentence(text)) return;
    const bundled = claimFile?.id === claimId ? claimFile.text : null;
    if (text === checked) queueJob('claim');
    else setClaimText(text === bundled ? '' : text);
  };

  return (
    <aside className="controls claim-input" aria-label="Claim to check">
      <section>
        <h2>Check a claim about the current configuration</h2>
        <ClaimForm
          onWrite={(text) => {
            setDraft(text);
            check(text);
          }}
        />
      </section>
      <section>
        <h2>Claims projects have made</h2>
        <ul className="scenario-list-items">
          {claimCatalog().map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                aria-current={entry.id === claimId && claimText === '' ? 'true' : undefined}
                data-claim={entry.id}
                onClick={() => setClaimId(entry.id)}
              >
                {entry.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Advanced: edit, paste or open a claim file</h2>
        <DraftFields text={draft} onText={setDraft} />
        <label htmlFor={`${id}-text`}>Claim file (JSON, docs/claims.md)</label>
        <textarea
          id={`${id}-text`}
          className="claim-text"
          value={draft}
          spellCheck={false}
          data-testid="claim-text"
          onChange={(event) => setDraft(event.target.value)}
        />
        {sentence && (
          <p className="notice" role="status" data-testid="claim-sentence">
            This looks like a sentence, not a claim file: use the form above, or paste a claim file (a JSON
            object, see docs/claims.md).
          </p>
        )}
        <div className="claim-buttons">
          <button
            type="button"
            onClick={() => check(draft)}
            disabled={draft.trim() === '' || sentence}
            data-testid="check-claim"
          >
            Check this claim
          </button>
          <label htmlFor={`${id}-file`}>Open a claim file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            data-testid="claim-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file)
                void file.text().then((text) => {
                  setDraft(text);
                  check(text);
                });
            }}
          />
        </div>
      </section>
    </aside>
  );
}
