// The two 3x3 grids of the Matrix view: the matrix as the model computes it (heat colour by score, rating,
// robustness, disagreements with the article marked) and the article's ratings. A model cell is a button that
// opens its details.
import type { ReactNode } from 'react';
import { MATRIX_COLUMN_IDS, MATRIX_ROW_IDS } from '../../core/matrix/report';
import { axisTitle, type MatrixCellView } from '../series/matrixSeries';

/** A 3x3 table with row and column headers; `cell` renders each cell. */
function Grid({
  caption,
  testId,
  cell,
}: {
  caption: string;
  testId: string;
  cell: (key: string) => ReactNode;
}) {
  return (
    <table className="matrix-grid" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {MATRIX_COLUMN_IDS.map((column) => (
            <th key={column} scope="col">
              {axisTitle(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {MATRIX_ROW_IDS.map((row) => (
          <tr key={row}>
            <th scope="row">{axisTitle(row)}</th>
            {MATRIX_COLUMN_IDS.map((column) => (
              <td key={column}>{cell(`${row}.${column}`)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The model's matrix. */
export function ModelGrid({
  cells,
  selected,
  onSelect,
}: {
  cells: ReadonlyMap<string, MatrixCellView>;
  selected: string;
  onSelect: (key: string) => void;
}) {
  return (
    <Grid
      caption="As the model computes it"
      testId="matrix-model"
      cell={(key) => {
        const view = cells.get(key);
        if (!view) return <span className="muted">—</span>;
        const disagrees = view.agreement === 'disagree';
        return (
          <button
            type="button"
            className={`matrix-cell${disagrees ? ' disagree' : ''}${view.robust === false ? ' fragile-cell' : ''}${view.flat ? ' flat-cell' : ''}`}
            style={{ backgroundColor: view.heatColour }}
            aria-pressed={selected === key}
            data-cell={key}
            data-rating={view.rating}
            data-agreement={view.agreement}
            data-fragile={view.robust === false ? 'true' : undefined}
            data-flat={view.flat ? 'true' : undefined}
            onClick={() => onSelect(key)}
          >
            <span className="rating">{view.rating}</span>
            <span className="score">score {view.scoreText}</span>
            {view.robustnessText && view.robust && <span className="robust">{view.robustnessText}</span>}
            {view.marks.map((mark) => (
              <span key={mark.kind} className={`cell-mark ${mark.kind}`} data-mark={mark.kind}>
                {mark.text}
              </span>
            ))}
            {disagrees && <span className="disagree-mark">≠ article ({view.articleRating})</span>}
            {view.agreement === 'not-rated' && <span className="muted">model’s own rating</span>}
          </button>
        );
      }}
    />
  );
}

/** The article's ratings ("not stated" where its text gives none). */
export function ArticleGrid({ cells }: { cells: ReadonlyMap<string, MatrixCellView> }) {
  return (
    <Grid
      caption="As the article rates it"
      testId="matrix-article"
      cell={(key) => {
        const view = cells.get(key);
        if (!view) return <span className="muted">—</span>;
        return (
          <span className={`article-cell article-${view.articleRating.replace(' ', '-')}`} data-cell={key}>
            {view.articleRating}
          </span>
        );
      }}
    />
  );
}
