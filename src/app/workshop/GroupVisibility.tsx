// Hide and Lock for a whole parameter group at once in the builder: checked when every parameter of the group
// is, mixed when some are.
import { useEffect, useRef } from 'react';
import { groupPaths } from '../url/fixedPaths';

/** Props of GroupCheckbox. */
interface GroupCheckboxProps {
  group: string;
  action: 'Hide' | 'Lock';
  /** The paths currently hidden (or locked). */
  chosen: readonly string[];
  onChange: (paths: string[]) => void;
}

/** One checkbox that sets or clears `action` for every parameter of `group`. */
export function GroupCheckbox({ group, action, chosen, onChange }: GroupCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  const members = groupPaths(group);
  const count = members.filter((path) => chosen.includes(path)).length;
  const all = count === members.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <label className="group-toggle">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        aria-label={`${action} every ${group} parameter`}
        data-group-action={action.toLowerCase()}
        onChange={() =>
          onChange(
            all ? chosen.filter((path) => !members.includes(path)) : [...new Set([...chosen, ...members])],
          )
        }
      />{' '}
      {action} all
    </label>
  );
}
