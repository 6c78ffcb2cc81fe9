// Proving time of a Halo2 (PLONKish, KZG) circuit compiled from a model: the compiler lays each operation out
// as cells of a table of advice columns; the table's rows are padded to a power of two (the FFT evaluation
// domain), and the prover's FFTs, multi-scalar multiplications and lookup arguments run over every cell of
// every committed column of that domain. So proving time is a rate per domain cell times columns x 2^k, where
// 2^k is the first power of two that holds the rows. How a compiler maps a layer to rows decides the cost:
// - EZKL (2023-2025 releases) proves each multiply-accumulate in a row (input, weight, running sum), so its
//   circuit grows with FLOP;
// - ZKML (Chen, Waiwitlikhit, Stoica, Kang, EuroSys 2024; ddkang/zkml) checks each matrix product with
//   Freivalds' random vectors, so each weight and activation enters one dot product instead of one product per
//   token, and its optimizer picks the column count that needs the fewest domain cells.
import type { PassOperations } from '../../privacy/operationCounts';
import { FLOP_PER_MULTIPLY_ACCUMULATE, totalNonlinearCount } from '../../privacy/operationCounts';

/** Cells of a non-linear element: its input and its looked-up output (one lookup-argument row). */
export const LOOKUP_CELLS_PER_ELEMENT_COUNT = 2;

/** EZKL's layout: one multiply-accumulate per row of each inner column group, `innerColumnCount` side by side. */
export interface MultiplyAccumulateLayout {
  kind: 'multiplyAccumulateRows';
  /** Multiply-accumulates placed side by side in one row (EZKL's `num_inner_cols`). */
  innerColumnCount: number;
  /** Committed advice columns: input, weight and running sum for each inner column. */
  columnCount: number;
}

/** ZKML's layout: products checked with Freivalds' random vectors, columns chosen by its optimizer. */
export interface FreivaldsLayout {
  kind: 'freivaldsChecked';
  /** The column counts the optimizer chooses from (smallest, largest). */
  columnCountRange: readonly [number, number];
}

/** A Halo2 compiler's layout and its backend's proving rate. */
export interface Halo2Circuit {
  layout: MultiplyAccumulateLayout | FreivaldsLayout;
  /** Prover seconds per cell of the padded domain (columns x 2^k). */
  secondsPerDomainCell: number;
}

/** The padded domain: 2^k rows (the first power of two at or above `rowCount`) times the columns. */
export function domainCellCount(rowCount: number, columnCount: number): number {
  let rows = 1;
  while (rows < rowCount) rows *= 2;
  return rows * columnCount;
}

/** Multiply-accumulates of a pass: weight and attention products (2 FLOP each). */
function multiplyAccumulateCount(operations: PassOperations): number {
  return (operations.matmulFlop + operations.attentionFlop) / FLOP_PER_MULTIPLY_ACCUMULATE;
}

/** Rows of EZKL's layout: each multiply-accumulate and each non-linear lookup takes one inner-column slot. */
export function multiplyAccumulateRowCount(
  layout: MultiplyAccumulateLayout,
  operations: PassOperations,
): number {
  const slots = multiplyAccumulateCount(operations) + totalNonlinearCount(operations.nonlinear);
  return slots / layout.innerColumnCount;
}

/**
 * Terms of ZKML's Freivalds dot products: every weight (times a random vector), every linear layer's output
 * and input (their random combinations; an input counted as the previous layer's output), each attention
 * score (output of Q K^T and input of the score x V product) twice, and each vocabulary logit.
 */
export function freivaldsTermCount(operations: PassOperations, weightCount: number): number {
  const { nonlinear } = operations;
  return (
    weightCount + 2 * operations.linearOutputElementCount + 2 * nonlinear.softmax + nonlinear.vocabularyOutput
  );
}

/**
 * Rows of ZKML's layout at `columnCount` columns: the weights assigned once (all columns), the dot products
 * ((columns - 1) / 2 terms per row beside their output), and one lookup per non-linear element and per
 * rescaled linear output (ZKML divides every product by its scale factor with a range lookup).
 */
export function freivaldsRowCount(
  operations: PassOperations,
  weightCount: number,
  columnCount: number,
): number {
  const termsPerRow = Math.max(1, Math.floor((columnCount - 1) / 2));
  const lookups = totalNonlinearCount(operations.nonlinear) + operations.linearOutputElementCount;
  return (
    weightCount / columnCount +
    freivaldsTermCount(operations, weightCount) / termsPerRow +
    (lookups * LOOKUP_CELLS_PER_ELEMENT_COUNT) / columnCount
  );
}

/** Domain cells of a pass: fixed columns for EZKL, the optimizer's cheapest column count for ZKML. */
export function halo2DomainCellCount(
  layout: Halo2Circuit['layout'],
  operations: PassOperations,
  weightCount: number,
): number {
  if (layout.kind === 'multiplyAccumulateRows')
    return domainCellCount(multiplyAccumulateRowCount(layout, operations), layout.columnCount);
  const [fewest, most] = layout.columnCountRange;
  let best = Number.POSITIVE_INFINITY;
  for (let columns = fewest; columns <= most; columns += 1)
    best = Math.min(best, domainCellCount(freivaldsRowCount(operations, weightCount, columns), columns));
  return best;
}

/** Prover seconds of one Halo2 proof of a pass. */
export function halo2ProvingSeconds(
  circuit: Halo2Circuit,
  operations: PassOperations,
  weightCount: number,
): number {
  return halo2DomainCellCount(circuit.layout, operations, weightCount) * circuit.secondsPerDomainCell;
}
