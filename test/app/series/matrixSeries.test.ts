// The matrix display: heat colours run from vermillion through white to bluish green, and each computed cell
// is shown with its rating, the article's, agreement and robustness.
import { describe, expect, it } from 'vitest';
import { cellView, heatColour } from '../../../src/app/series/matrixSeries';
import { computeMatrix, MATRIX_CELLS } from '../../../src/core/matrix/index';

describe('matrix series', () => {
  it('maps scores to a diverging colour, white at zero and grey for no score', () => {
    expect(heatColour(0)).toBe('rgb(255, 255, 255)');
    expect(heatColour(Number.NaN)).toBe('#d9d9d9');
    const green = heatColour(1).match(/\d+/g)?.map(Number) ?? [];
    const red = heatColour(-1).match(/\d+/g)?.map(Number) ?? [];
    expect(green[1]).toBeGreaterThan(green[0] ?? 255);
    expect(red[0]).toBeGreaterThan(red[2] ?? 255);
    expect(heatColour(2)).toBe(heatColour(1));
  });

  it('shows a computed cell with its ratings and robustness', () => {
    const cell = MATRIX_CELLS.find((entry) => entry.row === 'verifiability' && entry.column === 'security');
    if (!cell) throw new Error('no verifiability x security cell');
    const [computed] = computeMatrix({ cells: [cell] }).cells;
    if (!computed) throw new Error('no result');
    const view = cellView(computed);
    expect(view.key).toBe('verifiability.security');
    expect(view.rating).toBe(computed.rating);
    expect(view.articleRating).toBe(cell.articleRating);
    expect(view.robustnessText).toMatch(/^(robust|fragile), \d+% of \d+ runs$/);
    expect(view.scenarioId).toBe(cell.scenarioId);
  });

  it('marks a fragile cell and one that agrees only because its metric is flat, in the cell itself', () => {
    const cell = MATRIX_CELLS.find((entry) => entry.row === 'verifiability' && entry.column === 'security');
    if (!cell) throw new Error('no verifiability x security cell');
    const [computed] = computeMatrix({ cells: [cell] }).cells;
    if (!computed?.robustness) throw new Error('no robustness');
    const fragile = cellView({
      ...computed,
      robustness: { ...computed.robustness, verdict: 'fragile', keptShareFraction: 0.38, runCount: 8 },
    });
    expect(fragile.marks).toEqual([{ kind: 'fragile', text: '⚠ fragile: 38% of 8 runs keep it' }]);
    expect(fragile.robust).toBe(false);
    const flatAgreeing = cellView({ ...computed, score: 0.004, rating: 'medium', agreement: 'agree' });
    expect(flatAgreeing.flat).toBe(true);
    expect(flatAgreeing.marks.map((mark) => mark.text)).toContain('≈ agrees only because the metric is flat');
    const flatOwn = cellView({ ...computed, score: -0.004, rating: 'medium', agreement: 'not-rated' });
    expect(flatOwn.marks.map((mark) => mark.text)).toContain('≈ flat: the metric does not move');
    expect(cellView({ ...computed, score: 0.02 }).flat).toBe(false);
  });
});
