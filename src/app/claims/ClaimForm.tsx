// The claim form: a claim in words (metric with its meaning, at least / at most / about, value with a unit),
// who said it, and the project's setup as fields on top of the current configuration. "Write and check"
// writes the claim file into the editor below (shown, downloadable) and checks it like any claim file.
import { useId, useMemo, useState } from 'react';
import { findParam } from '../../core/params/table';
import { ChoiceControl } from '../controls/ChoiceControl';
import { NumberControl } from '../controls/NumberControl';
import { downloadText } from '../files/download';
import { metricInfo } from '../format/metricInfo';
import { useApp } from '../store/StoreContext';
import { ClaimMetricPicker } from './ClaimMetricPicker';
import {
  type ClaimDirection,
  type ClaimFormFields,
  type ClaimFormProblem,
  claimFormDocument,
  claimFormText,
  DIRECTION_NAMES,
  initialClaimForm,
  valueUnits,
} from './claimFormFile';
import { SETUP_PATHS, setupFieldApplies, setupValue, withSetupValue } from './claimSetup';

/** One setup field: the parameter's own control, editing the form's copy of the configuration. */
function SetupField({
  path,
  fields,
  onFields,
}: {
  path: string;
  fields: ClaimFormFields;
  onFields: (next: ClaimFormFields) => void;
}) {
  const row = findParam(path);
  const value = setupValue(fields.setup, path);
  if (!row) return null;
  const onChange = (next: number | string | boolean) =>
    onFields({ ...fields, setup: withSetupValue(fields.setup, path, next) });
  if (row.spec.kind === 'number' && typeof value === 'number')
    return <NumberControl row={row} spec={row.spec} value={value} disabled={false} onChange={onChange} />;
  if (row.spec.kind === 'choice' && typeof value === 'string')
    return <ChoiceControl path={path} spec={row.spec} value={value} disabled={false} onChange={onChange} />;
  return null;
}

/** The form, writing its claim file through `onWrite` (the editor shows it and the check starts). */
export function ClaimForm({ onWrite }: { onWrite: (text: string) => void }) {
  const id = useId();
  const params = useApp((state) => state.params);
  const [fields, setFields] = useState<ClaimFormFields>(() => initialClaimForm(params));
  const [problems, setProblems] = useState<ClaimFormProblem[]>([]);
  const info = metricInfo(fields.metric);
  const units = useMemo(() => valueUnits(info.unit), [info.unit]);
  const set = (patch: Partial<ClaimFormFields>) => setFields({ ...fields, ...patch });
  const written = () => {
    const result = claimFormDocument(fields, info.label, info.unit);
    setProblems(result.ok ? [] : result.problems);
    return result.ok ? claimFormText(result.document) : null;
  };
  const text = (
    label: string,
    key: 'title' | 'who' | 'document' | 'date' | 'statement',
    placeholder: string,
  ) => (
    <div className="claim-form-row">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={fields[key]}
        placeholder={placeholder}
        onChange={(event) => set({ [key]: event.target.value })}
      />
    </div>
  );
  return (
    <form
      className="claim-form"
      data-testid="claim-form"
      onSubmit={(event) => {
        event.preventDefault();
        const next = written();
        if (next !== null) onWrite(next);
      }}
    >
      <ClaimMetricPicker
        metric={fields.metric}
        onMetric={(metric) => set({ metric, unitId: valueUnits(metricInfo(metric).unit)[0]?.id ?? 'metric' })}
      />
      <div className="claim-form-value">
        <label htmlFor={`${id}-direction`}>The project says it is</label>
        <select
          id={`${id}-direction`}
          value={fields.direction}
          onChange={(event) => set({ direction: event.target.value as ClaimDirection })}
        >
          {(Object.keys(DIRECTION_NAMES) as ClaimDirection[]).map((direction) => (
            <option key={direction} value={direction}>
              {DIRECTION_NAMES[direction]}
            </option>
          ))}
        </select>
        <input
          aria-label="Claimed value in the form"
          className="number-field"
          inputMode="decimal"
          value={fields.valueText}
          placeholder="value"
          onChange={(event) => set({ valueText: event.target.value })}
        />
        {units.length > 1 ? (
          <select
            aria-label="Unit of the claimed value"
            value={fields.unitId}
            onChange={(event) => set({ unitId: event.target.value })}
          >
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </select>
        ) : (
          <span className="unit">{units[0]?.label}</span>
        )}
        {fields.direction === 'about' && (
          <>
            <label htmlFor={`${id}-tolerance`}>give or take (%)</label>
            <input
              id={`${id}-tolerance`}
              className="number-field"
              value={fields.tolerancePercentText}
              onChange={(event) => set({ tolerancePercentText: event.target.value })}
            />
          </>
        )}
      </div>
      <fieldset className="claim-form-setup">
        <legend>The project’s setup</legend>
        <p className="muted">
          Starts from the current configuration (Explore); the fields below change only this claim.{' '}
          <button type="button" data-testid="claim-form-current" onClick={() => set({ setup: params })}>
            Use the current configuration again
          </button>
        </p>
        {SETUP_PATHS.filter((path) => setupFieldApplies(fields.setup, path)).map((path) => (
          <SetupField key={path} path={path} fields={fields} onFields={setFields} />
        ))}
      </fieldset>
      <details className="claim-form-source">
        <summary>Who said it, where (optional)</summary>
        {text('Title', 'title', 'written from the claim when empty')}
        {text('Who', 'who', 'project, company or authors')}
        {text('Where', 'document', 'report, paper or announcement')}
        {text('When', 'date', 'year and month')}
        {text('What they said (your words)', 'statement', 'written from the claim when empty')}
        <div className="claim-form-row">
          <label htmlFor={`${id}-seed`}>Seed of the draws</label>
          <input
            id={`${id}-seed`}
            value={fields.seed}
            onChange={(event) => set({ seed: event.target.value })}
          />
          <label htmlFor={`${id}-runs`}>Number of draws</label>
          <input
            id={`${id}-runs`}
            className="number-field"
            value={fields.runCountText}
            onChange={(event) => set({ runCountText: event.target.value })}
          />
        </div>
      </details>
      {problems.length > 0 && (
        <ul className="field-errors" role="alert" data-testid="claim-form-problems">
          {problems.map((problem) => (
            <li key={problem.field}>
              <strong>{problem.field}</strong>: {problem.message}
            </li>
          ))}
        </ul>
      )}
      <div className="claim-buttons">
        <button type="submit" data-testid="claim-form-check">
          Write the claim file and check it
        </button>
        <button
          type="button"
          data-testid="claim-form-download"
          onClick={() => {
            const next = written();
            if (next !== null) downloadText('claim.json', next, 'application/json');
          }}
        >
          Download the claim file
        </button>
      </div>
    </form>
  );
}
