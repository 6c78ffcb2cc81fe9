// Details of one computed cell: the technique bundle, the knob, the row metric and the column's property at
// each knob point, why the model rates it so (and why it may differ from the article), and a button that opens
// the cell's scenario in the Scenarios view.
import type { CellResult } from '../../core/matrix/index';
import { formatWithUnit } from '../format/formatNumber';
import { useApp } from '../store/StoreContext';

/** The selected cell's details. */
export function MatrixCellDetail({ cell }: { cell: CellResult }) {
  const setScenarioId = useApp((state) => state.setScenarioId);
  const setShowUploaded = useApp((state) => state.setShowUploaded);
  const setView = useApp((state) => state.setView);
  return (
    <article
      className="panel matrix-detail"
      data-testid="matrix-detail"
      data-cell={`${cell.row}.${cell.column}`}
    >
      <h3>
        {cell.row} × {cell.column}: {cell.rating}
      </h3>
      <p>{cell.explanation}</p>
      <dl className="labels">
        <div>
          <dt>Technique bundle</dt>
          <dd>
            {cell.bundle.label}. <span className="muted">{cell.bundle.reason}</span>
          </dd>
        </div>
        <div>
          <dt>Knob (low to high {cell.column})</dt>
          <dd>
            {cell.knob.label}. <span className="muted">{cell.knob.rationale}</span>
          </dd>
        </div>
      </dl>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Knob point</th>
            <th scope="col">
              {cell.rowMetric.label} ({cell.rowMetric.better} is better)
            </th>
            <th scope="col">{cell.columnMeasure.label}</th>
          </tr>
        </thead>
        <tbody>
          {cell.points.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td>{formatWithUnit(point.rowMetricValue, cell.rowMetric.unit)}</td>
              <td>{formatWithUnit(point.columnMeasureValue, cell.columnMeasure.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        data-testid="open-cell-scenario"
        onClick={() => {
          setShowUploaded(false);
          setScenarioId(cell.scenarioId);
          setView('scenarios');
        }}
      >
        Open this cell’s scenario in the Scenarios view
      </button>
    </article>
  );
}
