// The Compare view's two tables: the assumptions that differ between A and B (with units), and the key
// results of A and B with B/A and which one does better.
import { groupName } from '../../core/names/groupNames';
import type { ChangedAssumption, CompareRow } from '../series/compareSeries';

/** The parameters that differ between A and B. */
export function ChangedAssumptionsTable({
  rows,
  keptNames = [],
}: {
  rows: readonly ChangedAssumption[];
  keptNames?: readonly string[];
}) {
  if (rows.length === 0)
    return <p className="muted">A and B have the same assumptions: change a control of B to compare.</p>;
  return (
    <table className="data-table" data-testid="changed-assumptions">
      <caption>Changed assumptions ({rows.length})</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Unit</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
          {keptNames.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} data-path={row.path}>
            <th scope="row">
              {row.label} <span className="muted">({groupName(row.group)})</span>
            </th>
            <td>{row.unit}</td>
            <td>{row.aText}</td>
            <td>{row.bText}</td>
            {row.otherTexts.map((text, index) => (
              <td key={keptNames[index] ?? index}>{text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The key metrics of A and B. */
export function CompareMetricsTable({
  rows,
  keptNames = [],
}: {
  rows: readonly CompareRow[];
  keptNames?: readonly string[];
}) {
  return (
    <table className="data-table" data-testid="compare-metrics">
      <caption>Results</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">A (current)</th>
          <th scope="col">B</th>
          <th scope="col">B / A</th>
          {keptNames.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
          <th scope="col">Better</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.metric} data-metric={row.metric} className={row.verdict === 'same' ? 'same' : ''}>
            <th scope="row">{row.label}</th>
            <td>{row.aText}</td>
            <td>{row.bText}</td>
            <td>{row.ratioText}</td>
            {row.otherTexts.map((text, index) => (
              <td key={keptNames[index] ?? index}>{text}</td>
            ))}
            <td>{row.verdict}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
