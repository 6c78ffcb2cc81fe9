// docs/matrix.md shows the matrix and the scenario index as the model computes them today: regenerating the
// page changes nothing (run `npx tsx scripts/write-matrix-doc.ts` after changing the model or a cell).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PARTS, MATRIX_DOC_PATH, renderMatrixDoc } from '../../../scripts/matrixDoc';

describe('docs/matrix.md', () => {
  const text = readFileSync(MATRIX_DOC_PATH, 'utf8');

  it('has both generated parts', () => {
    for (const markers of Object.values(GENERATED_PARTS)) {
      expect(text).toContain(markers.start);
      expect(text).toContain(markers.end);
    }
  });

  it('is up to date with the model and the scenarios', () => {
    expect(renderMatrixDoc(text)).toBe(text);
  });
});
