// A choice parameter (technique, strategy, policy) as a labelled select.
import { useId } from 'react';
import { optionName } from '../../core/names/optionNames';
import type { ChoiceParamSpec } from '../../core/params/spec';
import { ParamHint } from './ParamHint';

/** Props of ChoiceControl. */
export interface ChoiceControlProps {
  path: string;
  spec: ChoiceParamSpec;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A select over the row's options. */
export function ChoiceControl({ path, spec, value, disabled, onChange }: ChoiceControlProps) {
  const baseId = useId();
  return (
    <div className="control" data-path={path}>
      <div className="control-head">
        <label htmlFor={`${baseId}-field`}>{spec.label}</label>
        <ParamHint
          id={`${baseId}-hint`}
          label={spec.label}
          description={spec.description}
          source={spec.source}
        />
      </div>
      <select
        id={`${baseId}-field`}
        value={value}
        disabled={disabled}
        aria-describedby={`${baseId}-hint`}
        onChange={(event) => onChange(event.target.value)}
      >
        {spec.options.map((option) => (
          <option key={option} value={option}>
            {optionName(path, option)}
          </option>
        ))}
      </select>
    </div>
  );
}
