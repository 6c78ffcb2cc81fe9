// The matrix's scoring thresholds, visible and adjustable: a score at or above "strong" rates strong, at or
// below "weak" rates weak; a rating is robust when this share of sensitivity runs keeps it. Applying them
// recomputes the matrix in the worker.
import { useId, useState } from 'react';
import { thresholdProblems } from '../../core/matrix/scoring';
import type { MatrixThresholds } from '../../core/matrix/types';
import { useApp } from '../store/StoreContext';

const FIELDS: ReadonlyArray<{ key: keyof MatrixThresholds; label: string }> = [
  { key: 'strongMinScore', label: 'Strong at score ≥' },
  { key: 'weakMaxScore', label: 'Weak at score ≤' },
  { key: 'robustMinShareFraction', label: 'Robust when this share of runs keeps the rating (0–1) ≥' },
];

/** Three number fields and an Apply button. */
export function ThresholdsForm() {
  const id = useId();
  const thresholds = useApp((state) => state.matrixThresholds);
  const setThresholds = useApp((state) => state.setMatrixThresholds);
  const [draft, setDraft] = useState<Record<keyof MatrixThresholds, string> | null>(null);
  const texts = draft ?? {
    strongMinScore: String(thresholds.strongMinScore),
    weakMaxScore: String(thresholds.weakMaxScore),
    robustMinShareFraction: String(thresholds.robustMinShareFraction),
  };
  const parsed: MatrixThresholds = {
    strongMinScore: Number(texts.strongMinScore),
    weakMaxScore: Number(texts.weakMaxScore),
    robustMinShareFraction: Number(texts.robustMinShareFraction),
  };
  const problems = Object.values(texts).some((text) => text.trim() === '')
    ? ['every threshold needs a number']
    : thresholdProblems(parsed);
  return (
    <form
      className="thresholds"
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length > 0) return;
        setThresholds(parsed);
        setDraft(null);
      }}
    >
      {FIELDS.map((field) => (
        <span key={field.key} className="threshold-field">
          <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
          <input
            id={`${id}-${field.key}`}
            type="number"
            step="0.05"
            value={texts[field.key]}
            onChange={(event) => setDraft({ ...texts, [field.key]: event.target.value })}
          />
        </span>
      ))}
      <button type="submit" disabled={problems.length > 0 || draft === null}>
        Apply and recompute
      </button>
      {problems.length > 0 && (
        <span className="control-error" role="alert">
          {problems.join('; ')}
        </span>
      )}
    </form>
  );
}
