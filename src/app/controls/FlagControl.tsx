// An on/off parameter as a labelled checkbox.
import { useId } from 'react';
import type { FlagParamSpec } from '../../core/params/spec';
import { ParamHint } from './ParamHint';

/** Props of FlagControl. */
export interface FlagControlProps {
  path: string;
  spec: FlagParamSpec;
  value: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
}

/** A checkbox for one flag row. */
export function FlagControl({ path, spec, value, disabled, onChange }: FlagControlProps) {
  const baseId = useId();
  return (
    <div className="control control-flag" data-path={path}>
      <input
        id={`${baseId}-field`}
        type="checkbox"
        checked={value}
        disabled={disabled}
        aria-describedby={`${baseId}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={`${baseId}-field`}>{spec.label}</label>
      <ParamHint
        id={`${baseId}-hint`}
        label={spec.label}
        description={spec.description}
        source={spec.source}
      />
    </div>
  );
}
