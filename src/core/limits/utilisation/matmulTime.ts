// Time of one matrix multiplication on one GPU: the larger of its arithmetic at the achievable rate and its
// memory traffic at HBM bandwidth, plus a fixed per-kernel latency (Erdil and Schneider-Joseph, arXiv
// 2411.01137: the latency floor that makes small matmuls slow). Weights whose shard fits in on-chip cache
// together with its gradient stay there and cost no HBM traffic; otherwise a forward or input-gradient pass
// reads the weights, and a weight-gradient pass reads and writes the gradient it accumulates over micro-batches.
// With `limits.matmulTiling` = tensor-core-tiles the arithmetic is that of whole tensor-core tiles dealt to
// the SMs in waves, and the L2-to-shared-memory traffic of the tiles is a third bound (tiledMatmul.ts).
import type { Params } from '../../params/table';
import { BYTES_PER_MB, BYTES_PER_TB, FLOP_PER_TFLOP, SECONDS_PER_US } from '../../units';
import { tiledMatmulS } from './tiledMatmul';

/** Bytes per value of weights, activations and gradients (bf16 training). */
export const BYTES_PER_VALUE = 2;
/** FLOP per multiply-accumulate. */
const FLOP_PER_MULTIPLY_ADD = 2;

/** Passes over a weight matrix: forward or backward to the input (read the weights), or to the weights. */
export type MatmulPass = 'activation' | 'weight-gradient';
/** Weight-sized HBM transfers per pass when the shard is off chip: a read; a read and a write. */
const WEIGHT_TRANSFERS_COUNT: Record<MatmulPass, number> = { activation: 1, 'weight-gradient': 2 };

/** Seconds for a (rows x columns) weight shard times a (columns x tokens) activation block. */
export function matmulTimeS(
  rowCount: number,
  columnCount: number,
  tokenCount: number,
  pass: MatmulPass,
  limits: Params['limits'],
): number {
  const flop = FLOP_PER_MULTIPLY_ADD * rowCount * columnCount * tokenCount;
  const { arithmeticS, l2TrafficS: l2S } =
    limits.matmulTiling === 'tensor-core-tiles'
      ? tiledMatmulS(rowCount, columnCount, tokenCount, pass, limits)
      : {
          arithmeticS: flop / (limits.gpuPeakTflops * FLOP_PER_TFLOP * limits.achievableMatmulFraction),
          l2TrafficS: 0,
        };
  const weightBytes = rowCount * columnCount * BYTES_PER_VALUE;
  const weightsStayOnChip = 2 * weightBytes <= limits.gpuOnChipCacheMB * BYTES_PER_MB;
  const activationBytes = (rowCount + columnCount) * tokenCount * BYTES_PER_VALUE;
  const trafficBytes = activationBytes + (weightsStayOnChip ? 0 : WEIGHT_TRANSFERS_COUNT[pass] * weightBytes);
  const memoryS = trafficBytes / (limits.gpuMemoryBandwidthTBps * BYTES_PER_TB);
  return Math.max(arithmeticS, memoryS, l2S) + limits.matmulLatencyUs * SECONDS_PER_US;
}
