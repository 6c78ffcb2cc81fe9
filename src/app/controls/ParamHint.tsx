// The "i" hint beside a control: the row's description (parameter paths and metric names in words) and its
// source, shown on hover and on keyboard focus. The source is a citation and is shown as written.
import { humaniseMessage } from '../../core/names/humanise';

/** Props of ParamHint. */
export interface ParamHintProps {
  /** Id of the hint text, for the control's aria-describedby. */
  id: string;
  label: string;
  description: string;
  source: string;
}

/** A focusable marker whose tooltip carries the parameter's description and source. */
export function ParamHint({ id, label, description, source }: ParamHintProps) {
  return (
    <span className="hint">
      <button type="button" className="hint-marker" aria-label={`About ${label}`} aria-describedby={id}>
        i
      </button>
      <span role="tooltip" id={id} className="hint-text">
        {humaniseMessage(description)}{' '}
        <em>
          Source: <cite>{source}</cite>
        </em>
      </span>
    </span>
  );
}
