// The input panel: one collapsible section per parameter group, generated from PARAMETER_ROWS at run time,
// so groups and parameters added to the table appear here with no change to this file. A closed group's
// controls are created when it is first opened, so the page starts with only what is on screen.
import { useState } from 'react';
import { groupName } from '../../core/names/groupNames';
import { optionName } from '../../core/names/optionNames';
import { findParam, type GroupName, PARAMETER_ROWS, type ParamRow } from '../../core/params/table';
import { FURTHER_GROUP_NAMES } from '../../core/topology/params';
import { NodeGroupsTable } from '../groups/NodeGroupsTable';
import { useApp } from '../store/StoreContext';
import { ParamControl } from './ParamControl';
import { PresetPicker } from './PresetPicker';
import { type ParamTarget, ParamTargetContext, targetParams, useParamTarget } from './paramTarget';

/** Groups open on first view: what a newcomer changes first. */
const OPEN_GROUPS: ReadonlySet<string> = new Set(['workload', 'network']);

/** Rows grouped by group, in table order. */
export function rowsByGroup(rows: readonly ParamRow[]): Array<[GroupName, ParamRow[]]> {
  const groups = new Map<GroupName, ParamRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups.entries()];
}

/** Groups edited in the node-groups table instead of one section each. */
const TABLE_GROUPS: ReadonlySet<string> = new Set(['topology', ...FURTHER_GROUP_NAMES]);

const GROUPED_ROWS = rowsByGroup(PARAMETER_ROWS.filter((row) => !TABLE_GROUPS.has(row.group)));

const JOB_KIND_SPEC = findParam('workload.kind')?.spec;
/** Groups named after a job kind ("training", "inference") apply only to jobs of that kind. */
const JOB_KIND_GROUPS: readonly string[] = JOB_KIND_SPEC?.kind === 'choice' ? JOB_KIND_SPEC.options : [];

/** A group's title, noting when the current job kind does not use it. */
function GroupSummary({ group }: { group: GroupName }) {
  const target = useParamTarget();
  const jobKind = useApp((state) => targetParams(state, target).workload.kind);
  const unused = JOB_KIND_GROUPS.includes(group) && group !== jobKind;
  return (
    <summary>
      {groupName(group)}
      {unused && (
        <span className="unused">
          {' '}
          (not used for {optionName('workload.kind', jobKind).toLowerCase()} jobs)
        </span>
      )}
    </summary>
  );
}

/**
 * One group: its presets and controls (advanced rows nested), rendered once the section has been opened. A
 * group whose every parameter a facilitator hid is not shown at all (outside facilitator mode), and its preset
 * picker goes when every parameter is hidden or locked, so nothing can change it.
 */
function GroupSection({ group, rows }: { group: GroupName; rows: readonly ParamRow[] }) {
  const [opened, setOpened] = useState(OPEN_GROUPS.has(group));
  const facilitator = useApp((state) => state.facilitator);
  const allHidden = useApp((state) => rows.every((row) => state.hidden.includes(row.path)));
  const allFixed = useApp((state) =>
    rows.every((row) => state.hidden.includes(row.path) || state.locked.includes(row.path)),
  );
  if (allHidden && !facilitator) return null;
  const basic = rows.filter((row) => !row.spec.advanced);
  const advanced = rows.filter((row) => row.spec.advanced);
  return (
    <details
      open={OPEN_GROUPS.has(group)}
      data-group={group}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <GroupSummary group={group} />
      {opened && (
        <>
          {(!allFixed || facilitator) && <PresetPicker group={group} />}
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
        </>
      )}
    </details>
  );
}

/** Every group's presets and controls, editing configuration `target` (A by default). */
export function ControlsPanel({
  target = 'a',
  label = 'Parameters',
}: {
  target?: ParamTarget;
  label?: string;
}) {
  return (
    <ParamTargetContext.Provider value={target}>
      <aside className="controls" aria-label={label} data-target={target}>
        {target === 'b' && <h2 className="panel-caption">{label}</h2>}
        {GROUPED_ROWS.map(([group, rows]) => (
          <GroupSection key={group} group={group} rows={rows} />
        ))}
        <details data-group="node-groups">
          <summary>Node groups</summary>
          <NodeGroupsTable />
        </details>
      </aside>
    </ParamTargetContext.Provider>
  );
}
