// A list of refused fields in words: each item names the field by its label (when the path holds a parameter)
// and says what is wrong with parameter paths, option ids and metric names written as people read them; the
// field's path in the file stays beside it, in code, for whoever edits the file.

import { humaniseMessage, paramDisplayName } from '../../core/names/humanise';
import type { FieldError } from '../../core/params/constraints';
import { findParam } from '../../core/params/table';

/**
 * The label of the parameter a field path ends in ("variants[1].params.network.rttMs"), or null. A link's key
 * of a Compare configuration ("C:network.rttMs") names that configuration too.
 */
export function fieldLabel(path: string): string | null {
  const match = /([a-zA-Z]+\.[a-zA-Z0-9]+)(?: \(table default\))?$/.exec(path);
  if (!match?.[1] || !findParam(match[1])) return null;
  const configuration = /^([BCD]):[a-zA-Z]/.exec(path)?.[1];
  const label = paramDisplayName(match[1]);
  return configuration ? `${label} of configuration ${configuration}` : label;
}

/** Every error as a list item. */
export function FieldErrorList({ errors }: { errors: readonly FieldError[] }) {
  return (
    <ul>
      {errors.map((error) => {
        const label = fieldLabel(error.path);
        return (
          <li key={`${error.path}:${error.message}`}>
            {label && <strong>{label}: </strong>}
            {humaniseMessage(error.message)}{' '}
            <span className="muted">
              (field <code>{error.path}</code>)
            </span>
          </li>
        );
      })}
    </ul>
  );
}
