// A matrix multiplication as a tensor-core kernel runs it: the work is cut into tiles of fixed shape, a partial
// tile costs a whole one (tile quantisation), the tiles' inner-loop iterations are dealt out to the
// streaming multiprocessors in waves and the last wave may be part-empty (wave quantisation; NVIDIA, "Matrix
// Multiplication Background User's Guide", DU-09799-001, 2023, sections 2.3 and 3), and every tile's operands
// travel from L2 into shared memory, so a matmul with few tokens still reads all of its weights.
//
// In a forward or input-gradient pass the weight shard (rows x columns) is the kernel's M x K operand and the
// tokens its N side (the side that can be small). Iterations are split over SMs at the granularity of one K step, as Stream-K does (Osama et al.,
// "Stream-K: Work-centric Parallel Decomposition for Dense Matrix-Matrix Multiplication on the GPU", PPoPP
// 2023), so a matmul whose output has fewer tiles than SMs still fills them.
import type { Params } from '../../params/table';
import { BYTES_PER_TB, FLOP_PER_TFLOP } from '../../units';
import type { MatmulPass } from './matmulTime';

/**
 * Rows (M side) of a tile: 128, two warpgroups of Hopper's 64-row wgmma (PTX ISA, wgmma.mma_async shapes
 * m64nNk16); 128-row tiles are those of CUTLASS's Hopper GEMM example 48 and of the cuBLAS tiles in NVIDIA's
 * guide (section 2.3).
 */
const TILE_ROWS_COUNT = 128;
/** Widest N side of a tile: 256, wgmma's largest N (PTX ISA: n from 8 to 256). */
const TILE_COLUMNS_MAXIMUM_COUNT = 256;
/** N step of a wgmma instruction: N is a multiple of 8 (PTX ISA, wgmma shapes). */
const WGMMA_COLUMN_STEP_COUNT = 8;
/**
 * Reduction depth of one inner-loop iteration: 64 bf16 values, the 128-byte K tile of CUTLASS's Hopper
 * kernels (example 48: 128 x 128 x 32 for 4-byte values, the same 128 bytes).
 */
const TILE_DEPTH_COUNT = 64;
/**
 * Thread blocks of a cluster that share one load by TMA multicast: 4 along M share each N-side tile, 2 along
 * N share each M-side tile (CUTLASS example 48's cluster shape 4 x 2).
 */
const CLUSTER_ROWS_COUNT = 4;
const CLUSTER_COLUMNS_COUNT = 2;
const FLOP_PER_MULTIPLY_ADD = 2;
const BYTES_PER_VALUE = 2;

/** A matmul as the kernel sees it: an M x K operand times a K x N operand. */
interface KernelShape {
  rowsCount: number;
  columnsCount: number;
  depthCount: number;
}

/**
 * The kernel's shape for a pass over a (rows x columns) weight shard and `tokens` tokens: a forward or
 * input-gradient pass has the weights as its M x K operand and the tokens on N; a weight-gradient pass
 * outputs the weight shard (M x N) and reduces over the tokens.
 */
function kernelShape(rows: number, columns: number, tokens: number, pass: MatmulPass): KernelShape {
  if (pass === 'weight-gradient') return { rowsCount: rows, columnsCount: columns, depthCount: tokens };
  return { rowsCount: rows, columnsCount: tokens, depthCount: columns };
}

/** The kernel's tiles: output tiles along M and N, the tile's N side, and K iterations per tile. */
function tiling(shape: KernelShape): {
  rowTilesCount: number;
  columnTilesCount: number;
  tileColumnsCount: number;
  depthStepsCount: number;
} {
  const paddedColumns = Math.ceil(shape.columnsCount / WGMMA_COLUMN_STEP_COUNT) * WGMMA_COLUMN_STEP_COUNT;
  const tileColumnsCount = Math.min(TILE_COLUMNS_MAXIMUM_COUNT, paddedColumns);
  return {
    rowTilesCount: Math.ceil(shape.rowsCount / TILE_ROWS_COUNT),
    columnTilesCount: Math.ceil(shape.columnsCount / tileColumnsCount),
    tileColumnsCount,
    depthStepsCount: Math.ceil(shape.depthCount / TILE_DEPTH_COUNT),
  };
}

/** Output-tile transfers to L2 per pass: a write; a weight gradient also reads the sum it adds to. */
const OUTPUT_TRANSFERS_COUNT: Record<MatmulPass, number> = { activation: 1, 'weight-gradient': 2 };

/** Seconds a tiled matmul needs for its tensor-core arithmetic and for its L2-to-shared-memory traffic. */
export interface TiledMatmulS {
  arithmeticS: number;
  l2TrafficS: number;
}

/**
 * The two bounds of a (rows x columns) weight shard's pass over `tokens` tokens. Arithmetic: every iteration
 * is a whole 128 x n x 64 tile step, and the SMs take ceil(iterations / SMs) steps each at their share of the
 * achievable rate. L2 traffic: the M x K operand is read once per cluster of N-side tiles, the K x N operand
 * once per cluster of M-side tiles, and each output tile is written back (a weight gradient's running sum is
 * read first), so a matmul of few tokens still reads every weight once.
 */
export function tiledMatmulS(
  rows: number,
  columns: number,
  tokens: number,
  pass: MatmulPass,
  limits: Params['limits'],
): TiledMatmulS {
  const shape = kernelShape(rows, columns, tokens, pass);
  const tiles = tiling(shape);
  const iterations = tiles.rowTilesCount * tiles.columnTilesCount * tiles.depthStepsCount;
  const stepsPerSm = Math.ceil(iterations / limits.gpuStreamingMultiprocessorCount);
  const stepFlop = FLOP_PER_MULTIPLY_ADD * TILE_ROWS_COUNT * tiles.tileColumnsCount * TILE_DEPTH_COUNT;
  const smFlopPerS =
    (limits.gpuPeakTflops * FLOP_PER_TFLOP * limits.achievableMatmulFraction) /
    limits.gpuStreamingMultiprocessorCount;
  const leftBytes = shape.rowsCount * shape.depthCount * BYTES_PER_VALUE;
  const rightBytes = shape.depthCount * shape.columnsCount * BYTES_PER_VALUE;
  const outputBytes = shape.rowsCount * shape.columnsCount * BYTES_PER_VALUE;
  const trafficBytes =
    leftBytes * Math.ceil(tiles.columnTilesCount / CLUSTER_COLUMNS_COUNT) +
    rightBytes * Math.ceil(tiles.rowTilesCount / CLUSTER_ROWS_COUNT) +
    outputBytes * OUTPUT_TRANSFERS_COUNT[pass];
  return {
    arithmeticS: (stepsPerSm * stepFlop) / smFlopPerS,
    l2TrafficS: trafficBytes / (limits.gpuL2BandwidthTBps * BYTES_PER_TB),
  };
}
