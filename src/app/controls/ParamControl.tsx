// One parameter's control, picked by the row's kind, with the workshop hide and lock buttons in facilitator
// mode. Subscribes only to its own value, so moving one slider re-renders one control. It edits the
// configuration of the panel it sits in (A, or the Compare view's B).
import type { ParamRow } from '../../core/params/table';
import { getParam } from '../../core/params/table';
import { useApp } from '../store/StoreContext';
import { ChoiceControl } from './ChoiceControl';
import { FlagControl } from './FlagControl';
import { NumberControl } from './NumberControl';
import { targetParams, targetSetter, useParamTarget } from './paramTarget';

/** The control for `row`, or nothing when a facilitator hid it (outside facilitator mode). */
export function ParamControl({ row }: { row: ParamRow }) {
  const target = useParamTarget();
  const value = useApp((state) => getParam(targetParams(state, target), row.path));
  const locked = useApp((state) => state.locked.includes(row.path));
  const hidden = useApp((state) => state.hidden.includes(row.path));
  const facilitator = useApp((state) => state.facilitator && target === 'a');
  const setValue = useApp((state) => targetSetter(state, target));
  const toggleHidden = useApp((state) => state.toggleHidden);
  const toggleLocked = useApp((state) => state.toggleLocked);
  if (hidden && !facilitator) return null;

  const onChange = (next: number | string | boolean) => setValue(row.path, next);
  const { spec } = row;
  let control = null;
  if (spec.kind === 'number' && typeof value === 'number') {
    control = <NumberControl row={row} spec={spec} value={value} disabled={locked} onChange={onChange} />;
  } else if (spec.kind === 'choice' && typeof value === 'string') {
    control = (
      <ChoiceControl path={row.path} spec={spec} value={value} disabled={locked} onChange={onChange} />
    );
  } else if (spec.kind === 'flag' && typeof value === 'boolean') {
    control = <FlagControl path={row.path} spec={spec} value={value} disabled={locked} onChange={onChange} />;
  }
  if (!facilitator) return control;
  return (
    <div className={hidden ? 'workshop-row is-hidden' : 'workshop-row'}>
      {control}
      <div className="workshop-buttons">
        <button type="button" aria-pressed={hidden} onClick={() => toggleHidden(row.path)}>
          {hidden ? 'Show' : 'Hide'} <span className="visually-hidden">{spec.label}</span>
        </button>
        <button type="button" aria-pressed={locked} onClick={() => toggleLocked(row.path)}>
          {locked ? 'Unlock' : 'Lock'} <span className="visually-hidden">{spec.label}</span>
        </button>
      </div>
    </div>
  );
}
