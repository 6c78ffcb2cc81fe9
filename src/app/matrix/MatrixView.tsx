// The Matrix view: the article's 3x3 synergy matrix (docs/matrix.md) as the model computes it, beside the
// article's own ratings, with disagreements marked and each rating's robustness. Computed in a worker with
// progress; a cell opens its details and its scenario.
import '../views.css';
import { useMemo } from 'react';
import { formatShare } from '../../core/matrix/report';
import { FLAT_SCORE_MAX, heatColour, matrixCells } from '../series/matrixSeries';
import { JobProgress } from '../shell/JobProgress';
import { useApp } from '../store/StoreContext';
import { MatrixCellDetail } from './MatrixCellDetail';
import { ArticleGrid, ModelGrid } from './MatrixGrids';
import { ThresholdsForm } from './ThresholdsForm';

/** Grids, thresholds and the selected cell. */
export function MatrixView() {
  const result = useApp((state) => state.matrixResult);
  const error = useApp((state) => state.matrixError);
  const selected = useApp((state) => state.matrixCell);
  const select = useApp((state) => state.selectMatrixCell);
  const presenter = useApp((state) => state.presenter);
  const cells = useMemo(() => (result ? matrixCells(result) : new Map()), [result]);
  const selectedCell = result?.cells.find((cell) => `${cell.row}.${cell.column}` === selected);
  return (
    <main className="matrix-view" aria-label="Synergy matrix" data-testid="matrix-view">
      <h2 className="view-title">The synergy matrix</h2>
      {!presenter && (
        <p className="intro">
          Each cell moves its column’s property from low to high along a documented knob, with the techniques
          the article associates with the cell, and scores the normalised change of its row’s metric from −1
          to +1 (+0.5: twice as good at the high end; −0.5: half as good; positive: the pairing reinforces).
          Cells the article does not rate carry the model’s own rating. Robustness is the share of sensitivity
          runs, over the cell’s uncertain inputs, that keep the rating.
        </p>
      )}
      {!presenter && <ThresholdsForm />}
      <JobProgress job="matrix" />
      {error && (
        <p className="control-error" role="alert">
          The matrix could not be computed: {error}
        </p>
      )}
      {result ? (
        <div className="matrix-grids">
          <ModelGrid
            cells={cells}
            selected={selected}
            onSelect={(key) => select(key === selected ? '' : key)}
          />
          <ArticleGrid cells={cells} />
        </div>
      ) : (
        !error && <p className="placeholder">Computing the nine cells…</p>
      )}
      {result && (
        <p className="matrix-legend">
          <span>
            <span className="swatch" style={{ background: heatColour(-1) }} />
            score −1 (weak)
          </span>
          <span>
            <span className="swatch" style={{ background: heatColour(0) }} />0
          </span>
          <span>
            <span className="swatch" style={{ background: heatColour(1) }} />
            +1 (strong)
          </span>
          <span>
            <span className="swatch dashed" />
            dashed border: the model disagrees with the article
          </span>
          <span data-testid="legend-fragile">
            <span className="swatch dotted" />⚠ fragile: fewer than{' '}
            {formatShare(result.thresholds.robustMinShareFraction)} of the sensitivity runs keep the rating
          </span>
          <span data-testid="legend-flat">
            <span className="swatch striped" />≈ flat: the row’s metric moves by less than{' '}
            {formatShare(FLAT_SCORE_MAX)} along the knob, so “medium” there means no effect, and an agreement
            with the article rests on nothing moving
          </span>
          <span>Pick a cell for its knob, values and scenario.</span>
        </p>
      )}
      {selectedCell && <MatrixCellDetail cell={selectedCell} />}
    </main>
  );
}
