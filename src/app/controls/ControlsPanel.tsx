// The input panel: one collapsible section per parameter group, generated from PARAMETER_ROWS at run time,
// so groups and parameters added to the table appear here with no change to this file.
import { findParam, type GroupName, PARAMETER_ROWS, type ParamRow } from '../../core/params/table';
import { useApp } from '../store/StoreContext';
import { ParamControl } from './ParamControl';
import { PresetPicker } from './PresetPicker';

/** Groups open on first view: what a newcomer changes first. */
const OPEN_GROUPS: ReadonlySet<string> = new Set(['workload', 'network']);

const groupTitle = (group: string): string => group.charAt(0).toUpperCase() + group.slice(1);

/** Rows grouped by group, in table order. */
export function rowsByGroup(rows: readonly ParamRow[]): Array<[GroupName, ParamRow[]]> {
  const groups = new Map<GroupName, ParamRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups.entries()];
}

const GROUPED_ROWS = rowsByGroup(PARAMETER_ROWS);

const JOB_KIND_SPEC = findParam('workload.kind')?.spec;
/** Groups named after a job kind ("training", "inference") apply only to jobs of that kind. */
const JOB_KIND_GROUPS: readonly string[] = JOB_KIND_SPEC?.kind === 'choice' ? JOB_KIND_SPEC.options : [];

/** A group's title, noting when the current job kind does not use it. */
function GroupSummary({ group }: { group: GroupName }) {
  const jobKind = useApp((state) => state.params.workload.kind);
  const unused = JOB_KIND_GROUPS.includes(group) && group !== jobKind;
  return (
    <summary>
      {groupTitle(group)}
      {unused && <span className="unused"> (not used for {jobKind} jobs)</span>}
    </summary>
  );
}

/** Every group's presets and controls; advanced rows sit in a nested section. */
export function ControlsPanel() {
  return (
    <aside className="controls" aria-label="Parameters">
      {GROUPED_ROWS.map(([group, rows]) => {
        const basic = rows.filter((row) => !row.spec.advanced);
        const advanced = rows.filter((row) => row.spec.advanced);
        return (
          <details key={group} open={OPEN_GROUPS.has(group)} data-group={group}>
            <GroupSummary group={group} />
            <PresetPicker group={group} />
            {basic.map((row) => (
              <ParamControl key={row.path} row={row} />
            ))}
            {advanced.length > 0 && (
              <details className="advanced">
                <summary>Advanced</summary>
                {advanced.map((row) => (
                  <ParamControl key={row.path} row={row} />
                ))}
              </details>
            )}
          </details>
        );
      })}
    </aside>
  );
}
