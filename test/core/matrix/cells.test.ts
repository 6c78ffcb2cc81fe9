// The nine cell definitions: one per row and column, the article's ratings as docs/matrix.md lists them,
// knobs that are well formed and do move their column's property, and scenario files that run exactly the
// cell's parameters at every knob point.
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_CELLS } from '../../../src/core/matrix/cells/index';
import { computeMatrix, type MatrixResult } from '../../../src/core/matrix/computeMatrix';
import { knobPointParams, knobProblems } from '../../../src/core/matrix/knobPoints';
import { MATRIX_COLUMN_IDS, MATRIX_ROW_IDS } from '../../../src/core/matrix/report';
import { resolveRows } from '../../../src/core/scenario/resolve';
import { loadScenario } from '../../scenarios/scenarioFiles';

/** The article's ratings (docs/matrix.md); every other cell is "not stated". */
const ARTICLE_RATINGS: Record<string, string> = {
  'privacy x decentralization': 'strong',
  'privacy x scalability': 'medium',
  'verifiability x security': 'strong',
  'performance x decentralization': 'weak',
  'performance x scalability': 'strong',
};

let matrix: MatrixResult;
beforeAll(() => {
  matrix = computeMatrix();
});

describe('the cell definitions', () => {
  it('cover each row x column pair exactly once', () => {
    const pairs = MATRIX_CELLS.map((cell) => `${cell.row} x ${cell.column}`);
    const expected = MATRIX_ROW_IDS.flatMap((row) => MATRIX_COLUMN_IDS.map((column) => `${row} x ${column}`));
    expect(pairs).toEqual(expected);
  });

  it.each(MATRIX_CELLS)(
    '$row x $column carries the article’s rating, or is labelled as the model’s own',
    (cell) => {
      const expected = ARTICLE_RATINGS[`${cell.row} x ${cell.column}`] ?? 'not stated';
      expect(cell.articleRating).toBe(expected);
      if (expected === 'not stated') {
        expect(cell.articleBasis).toContain('Not rated in the article');
        expect(cell.bundle.reason).toContain('Not rated in the article');
      }
    },
  );

  it.each(MATRIX_CELLS)('$row x $column has a well-formed knob and 2-4 sensitivity inputs', (cell) => {
    expect(knobProblems(cell)).toEqual([]);
    expect(cell.sensitivity.length).toBeGreaterThanOrEqual(2);
    expect(cell.sensitivity.length).toBeLessThanOrEqual(4);
  });

  it.each(MATRIX_CELLS)(
    '$row x $column: its scenario file runs the same parameters at every knob point',
    (cell) => {
      const scenario = loadScenario(`scenarios/matrix/${cell.scenarioId}.json`);
      expect(scenario.id).toBe(cell.scenarioId);
      expect(resolveRows(scenario).map((row) => row.params)).toEqual(knobPointParams(cell));
    },
  );
});

describe('the computed cells', () => {
  it.each(MATRIX_CELLS.map((cell) => cell.scenarioId))('%s: the knob moves the column property up', (id) => {
    const cell = matrix.cells.find((candidate) => candidate.scenarioId === id);
    const measures = cell?.points.map((point) => point.columnMeasureValue) ?? [];
    measures.slice(1).forEach((value, index) => {
      expect(value).toBeGreaterThanOrEqual(measures[index] ?? Number.POSITIVE_INFINITY);
    });
    expect(measures[measures.length - 1]).toBeGreaterThan(measures[0] ?? Number.POSITIVE_INFINITY);
  });

  it.each(MATRIX_CELLS.map((cell) => cell.scenarioId))(
    '%s: every point and sensitivity run is valid',
    (id) => {
      const cell = matrix.cells.find((candidate) => candidate.scenarioId === id);
      expect(cell?.points.flatMap((point) => point.warnings)).toEqual([]);
      expect(cell?.robustness?.runs.flatMap((run) => run.problems ?? [])).toEqual([]);
      expect(Number.isFinite(cell?.score)).toBe(true);
    },
  );
});
