// The technique map's table: every allowed combination with its three corners and the trust it rests on,
// fastest first; the Pareto-optimal ones are marked, and "Use" applies a row to the current configuration.
import type { TechniqueRow } from '../series/techniqueSeries';

/** Props of TechniqueTable. */
export interface TechniqueTableProps {
  rows: readonly TechniqueRow[];
  /** Key of the combination the current configuration uses. */
  currentKey: string;
  onApply: (key: string) => void;
}

/** The map's points as a table. */
export function TechniqueTable({ rows, currentKey, onApply }: TechniqueTableProps) {
  return (
    <table className="data-table technique-table" data-testid="technique-table">
      <caption>Every combination this job allows ({rows.length}), fastest first</caption>
      <thead>
        <tr>
          <th scope="col">Privacy + verification</th>
          <th scope="col">Throughput</th>
          <th scope="col">Data exposure</th>
          <th scope="col">Cheat caught</th>
          <th scope="col">Pareto-optimal</th>
          <th scope="col">
            <span className="visually-hidden">Apply</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-key={row.key}
            aria-current={row.key === currentKey ? 'true' : undefined}
            className={row.key === currentKey ? 'is-current' : undefined}
            title={row.trustText}
          >
            <th scope="row">
              {row.privacyName} + {row.verificationName}
              {row.point.warnings.length > 0 && (
                <span className="muted"> ({row.point.warnings.join('; ')})</span>
              )}
            </th>
            <td>{row.throughputText}</td>
            <td>{row.exposureText}</td>
            <td>{row.detectionText}</td>
            <td>{row.point.paretoOptimal ? 'yes' : ''}</td>
            <td>
              {row.key === currentKey ? (
                <span className="muted">current</span>
              ) : (
                <button type="button" onClick={() => onApply(row.key)}>
                  Use
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
