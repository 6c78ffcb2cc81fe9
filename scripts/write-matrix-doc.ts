// Regenerates the computed parts of docs/matrix.md (the matrix and the scenario index) from the model.
// Run it after changing the model, a matrix cell or a claim scenario: a test fails while the page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { MATRIX_DOC_PATH, renderMatrixDoc } from './matrixDoc';

writeFileSync(MATRIX_DOC_PATH, renderMatrixDoc(readFileSync(MATRIX_DOC_PATH, 'utf8')));
console.log(`wrote ${MATRIX_DOC_PATH}`);
