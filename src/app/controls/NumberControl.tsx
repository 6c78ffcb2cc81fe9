// A number parameter: a slider (log-spaced for log rows) and a typed field. Typed values outside the row's
// range are refused: the field is marked invalid, the allowed range is shown, and the model keeps the last
// valid value. Escape restores the field.
import { useId, useState } from 'react';
import { humaniseMessage } from '../../core/names/humanise';
import type { NumberParamSpec } from '../../core/params/spec';
import type { ParamRow } from '../../core/params/table';
import { allowedText, parseParamText, tidyValueText, valueToText } from '../params/parseValue';
import { ParamHint } from './ParamHint';
import { keyStep, SLIDER_STEPS, sliderToValue, stepValue, valueToSlider } from './sliderScale';

/** Props of NumberControl. */
export interface NumberControlProps {
  row: ParamRow;
  spec: NumberParamSpec;
  value: number;
  disabled: boolean;
  onChange: (value: number) => void;
}

/** Slider plus typed field for one number row. */
export function NumberControl({ row, spec, value, disabled, onChange }: NumberControlProps) {
  const baseId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseParamText(row, draft);
  const error = parsed && !parsed.ok ? humaniseMessage(parsed.message) : null;
  const unit = spec.unit === 'fraction' || spec.unit === 'count' ? '' : spec.unit;

  const commitText = (text: string) => {
    setDraft(text);
    const result = parseParamText(row, text);
    if (result.ok && typeof result.value === 'number') onChange(result.value);
  };

  return (
    <div className="control" data-path={row.path}>
      <div className="control-head">
        <label htmlFor={`${baseId}-field`}>
          {spec.label}
          {unit && <span className="unit"> ({unit})</span>}
        </label>
        <ParamHint
          id={`${baseId}-hint`}
          label={spec.label}
          description={spec.description}
          source={spec.source}
        />
      </div>
      <div className="control-body">
        <input
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={valueToSlider(spec, value)}
          disabled={disabled}
          aria-label={`${spec.label} slider`}
          aria-valuetext={`${tidyValueText(value)} ${spec.unit}`}
          onChange={(event) => {
            setDraft(null);
            onChange(sliderToValue(spec, Number(event.target.value)));
          }}
          onKeyDown={(event) => {
            // Arrow and page keys move by at least one visible step, also on log rows.
            const step = keyStep(event.key);
            if (!step || disabled) return;
            event.preventDefault();
            setDraft(null);
            const next = stepValue(spec, value, step.direction, step.positions);
            if (next !== value) onChange(next);
          }}
        />
        <input
          id={`${baseId}-field`}
          className="number-field"
          type="text"
          inputMode="decimal"
          value={draft ?? tidyValueText(value)}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={`${baseId}-range ${baseId}-hint`}
          onChange={(event) => commitText(event.target.value)}
          onBlur={() => {
            if (!error) setDraft(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setDraft(null);
          }}
        />
      </div>
      <div id={`${baseId}-range`} className={error ? 'control-error' : 'control-range'} aria-live="polite">
        {error
          ? `${spec.label} ${error}`
          : `Allowed: ${allowedText(row)}. Default ${valueToText(spec.default)}.`}
      </div>
    </div>
  );
}
