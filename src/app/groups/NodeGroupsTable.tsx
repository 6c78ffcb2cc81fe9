// The node groups of a mixed network as a small table: the main nodes (the Network and Hardware groups) in the
// first row, then each further group with its node count, device, region and access link. "Add a group" gives
// the first empty group one node; "Remove" sets its count to 0. Every cell writes a parameter of the table, so
// links, saved configurations and sweeps carry the groups as they carry any other input.
import { DEVICES } from '../../core/devices/registry';
import { getParam } from '../../core/params/table';
import { FURTHER_GROUP_NAMES, type FurtherGroupName } from '../../core/topology/params';
import { REGIONS } from '../../core/topology/regions';
import { targetParams, targetSetter, useParamTarget } from '../controls/paramTarget';
import { useApp } from '../store/StoreContext';

function GroupRow({ name, number }: { name: FurtherGroupName; number: number }) {
  const target = useParamTarget();
  const group = useApp((state) => targetParams(state, target)[name]);
  const setValue = useApp((state) => targetSetter(state, target));
  const locked = useApp((state) => state.locked.some((path) => path.startsWith(`${name}.`)));
  const set = (field: string, value: number | string) => setValue(`${name}.${field}`, value);
  const numberCell = (field: 'nodeCount' | 'uploadMbps' | 'downloadMbps', label: string, min: number) => (
    <td>
      <input
        type="number"
        aria-label={`Group ${number} ${label}`}
        min={min}
        value={group[field]}
        disabled={locked}
        onChange={(event) => {
          const value = event.currentTarget.valueAsNumber;
          if (Number.isFinite(value) && value >= min) set(field, value);
        }}
      />
    </td>
  );
  return (
    <tr data-group-row={name}>
      <th scope="row">Group {number}</th>
      {numberCell('nodeCount', 'nodes', 0)}
      <td>
        <select
          aria-label={`Group ${number} device`}
          value={group.device}
          disabled={locked}
          onChange={(event) => set('device', event.currentTarget.value)}
        >
          {DEVICES.map((device) => (
            <option key={device.id} value={device.id}>
              {device.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Group ${number} region`}
          value={group.region}
          disabled={locked}
          onChange={(event) => set('region', event.currentTarget.value)}
        >
          {REGIONS.map((region) => (
            <option key={region.id} value={region.id}>
              {region.label}
            </option>
          ))}
        </select>
      </td>
      {numberCell('uploadMbps', 'upload (Mbit/s)', 0.1)}
      {numberCell('downloadMbps', 'download (Mbit/s)', 0.1)}
      <td>
        <button type="button" disabled={locked} onClick={() => set('nodeCount', 0)}>
          Remove <span className="visually-hidden">group {number}</span>
        </button>
      </td>
    </tr>
  );
}

/** The groups table, for the panel's configuration (A, or Compare's B). */
export function NodeGroupsTable() {
  const target = useParamTarget();
  const params = useApp((state) => targetParams(state, target));
  const setValue = useApp((state) => targetSetter(state, target));
  const active = FURTHER_GROUP_NAMES.filter((name) => params[name].nodeCount > 0);
  const firstFree = FURTHER_GROUP_NAMES.find((name) => params[name].nodeCount === 0);
  const baseRegion = String(getParam(params, 'topology.baseRegion'));
  return (
    <div className="node-groups">
      <p className="hint">
        Group 1 is the main nodes ({params.network.nodeCount} nodes, Network and Hardware settings), in the
        region below. Further groups bring their own device, region and link; round trips between regions are
        measured figures.
      </p>
      <label>
        Region of group 1{' '}
        <select
          aria-label="Region of group 1"
          value={baseRegion}
          onChange={(event) => setValue('topology.baseRegion', event.currentTarget.value)}
        >
          {REGIONS.map((region) => (
            <option key={region.id} value={region.id}>
              {region.label}
            </option>
          ))}
        </select>
      </label>
      {active.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Nodes</th>
              <th scope="col">Device</th>
              <th scope="col">Region</th>
              <th scope="col">Upload (Mbit/s)</th>
              <th scope="col">Download (Mbit/s)</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((name) => (
              <GroupRow key={name} name={name} number={FURTHER_GROUP_NAMES.indexOf(name) + 2} />
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        disabled={firstFree === undefined}
        onClick={() => firstFree && setValue(`${firstFree}.nodeCount`, 1)}
      >
        Add a group
      </button>
    </div>
  );
}
