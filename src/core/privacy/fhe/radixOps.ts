// TFHE radix integers: the keyswitch-plus-bootstrap (KS-PBS) layers one homomorphic integer operation needs.
// A FheUintB is ceil(B / 2) blocks of 2 message bits (message 2, carry 2). Each operation is a sequence of layers;
// the KS-PBS of one layer are independent (one batch on the GPU), the layers run one after another. Additions of
// blocks are levelled (no bootstrap). The layer lists follow the TFHE-rs 0.7 GPU backend's algorithms
// (backends/tfhe-cuda-backend/cuda/src/integer: integer.cuh host_propagate_single_carry, multiplication.cuh,
// comparison.cuh, div_rem.cuh; June 2024, the release of the tfhe-rs-gpu-integer-ops-1x-2x-h100 case).

/** Message bits per radix block (PARAM_..._MESSAGE_2_CARRY_2_...). */
export const RADIX_MESSAGE_BITS_COUNT = 2;
/** Message plus carry space of a block: 4 x 4 values. */
const BLOCK_TOTAL_MODULUS_COUNT = 16;
/** Blocks summed before one bootstrap empties their carries: (16 - 1) / (4 - 1) = 5 (multiplication's sum). */
const SUM_CHUNK_BLOCK_COUNT = 5;
/** Blocks whose 0/1 flags fit one block's space (15): the equality reduction's chunk. */
const FLAG_CHUNK_BLOCK_COUNT = BLOCK_TOTAL_MODULUS_COUNT - 1;

/** Homomorphic integer operations with both operands encrypted. */
export const RADIX_OPERATIONS = ['add', 'mul', 'eq', 'compare', 'bitwise', 'div'] as const;
export type RadixOperation = (typeof RADIX_OPERATIONS)[number];

/** KS-PBS count of each sequential layer. */
export type PbsLayers = number[];

/** Radix blocks of an integer of `bitWidthCount` bits. */
export function radixBlockCount(bitWidthCount: number): number {
  return Math.max(1, Math.ceil(bitWidthCount / RADIX_MESSAGE_BITS_COUNT));
}

/** Branches that run at the same time on separate streams: layer i holds every branch's layer i. */
function concurrent(...branches: PbsLayers[]): PbsLayers {
  const depth = Math.max(...branches.map((branch) => branch.length));
  return Array.from({ length: depth }, (_, index) =>
    branches.reduce((sum, branch) => sum + (branch[index] ?? 0), 0),
  );
}

/**
 * Carry (or borrow) propagation over n blocks: one layer classifies each block (generates / propagates a
 * carry), a Hillis-Steele prefix over ceil(log2 n) steps combines neighbours 1, 2, 4... apart, and a last layer
 * adds the carries and keeps the message bits.
 */
export function carryPropagationLayers(blockCount: number): PbsLayers {
  let steps = 0;
  while (1 << steps < blockCount) steps += 1;
  const prefix = Array.from({ length: steps }, (_, step) => blockCount - (1 << step));
  return [blockCount, ...prefix, blockCount];
}

/** All-blocks-true reduction (equality): sums of up to 15 flags, each sum checked by one lookup, until one is left. */
function allTrueReductionLayers(blockCount: number): PbsLayers {
  const layers: PbsLayers = [];
  let remaining = blockCount;
  while (remaining > 1) {
    remaining = Math.ceil(remaining / FLAG_CHUNK_BLOCK_COUNT);
    layers.push(remaining);
  }
  return layers;
}

/** Sign-tree reduction of per-block comparison results: pairs packed into one block per layer, then the sign. */
function signTreeLayers(blockCount: number): PbsLayers {
  const layers: PbsLayers = [];
  let partial = blockCount;
  while (partial > 2) {
    layers.push(Math.floor(partial / 2));
    partial = Math.ceil(partial / 2);
  }
  return [...layers, 1];
}

/**
 * Sum of the 2n shifted partial products of a multiplication (carry-save): each round adds chunks of 5 terms
 * column by column and splits every column that got two or more non-zero blocks into a message and a carry
 * lookup (a single non-zero block is copied); the carry goes one column up. Then the last two terms are added
 * with one carry propagation.
 */
function partialProductSumLayers(blockCount: number): PbsLayers {
  // Term t < n: block products' low halves shifted by t (non-zero from column t); t >= n: high halves, from t-n+1.
  let terms: boolean[][] = Array.from({ length: 2 * blockCount }, (_, term) =>
    Array.from({ length: blockCount }, (_, column) =>
      term < blockCount ? column >= term : column > term - blockCount,
    ),
  );
  const layers: PbsLayers = [];
  while (terms.length > 2) {
    const chunkCount = Math.max(1, Math.floor(terms.length / SUM_CHUNK_BLOCK_COUNT));
    const chunkSize = Math.min(terms.length, SUM_CHUNK_BLOCK_COUNT);
    const next: boolean[][] = [];
    let pbs = 0;
    for (let chunk = 0; chunk < chunkCount; chunk += 1) {
      const members = terms.slice(chunk * chunkSize, (chunk + 1) * chunkSize);
      const counts = Array.from({ length: blockCount }, (_, column) =>
        members.reduce((sum, term) => sum + (term[column] ? 1 : 0), 0),
      );
      const carries = counts.map((count, column) => column < blockCount - 1 && count >= 2);
      pbs += counts.filter((count) => count >= 2).length + carries.filter(Boolean).length;
      next.push(counts.map((count) => count > 0));
      next.push(counts.map((_, column) => column > 0 && (carries[column - 1] ?? false)));
    }
    const leftover = terms.length > SUM_CHUNK_BLOCK_COUNT ? terms.length % SUM_CHUNK_BLOCK_COUNT : 0;
    terms = [...next, ...terms.slice(terms.length - leftover)];
    layers.push(pbs);
  }
  return [...layers, ...carryPropagationLayers(blockCount)];
}

/**
 * Schoolbook long division, one quotient bit per iteration (2n iterations). At iteration i the remainder has
 * m = ceil((i + 1) / 2) non-trivial blocks: shift the divisor and remainder (one layer over 2m + 2 blocks on four
 * streams), subtract with borrow propagation while checking the divisor's upper blocks and cleaning the remainder,
 * merge the overflow flags (one lookup), then select the new remainder and set the quotient bit (one layer).
 */
function divisionLayers(blockCount: number): PbsLayers {
  const layers: PbsLayers = [];
  const bitCount = blockCount * RADIX_MESSAGE_BITS_COUNT;
  for (let iteration = 0; iteration < bitCount; iteration += 1) {
    const active = Math.min(blockCount, Math.ceil((iteration + 1) / RADIX_MESSAGE_BITS_COUNT));
    const upper = blockCount - active;
    // Upper divisor blocks compared with zero: chunk sums checked by one lookup each, then one more.
    const upperCheck = upper > 0 ? [Math.ceil(upper / FLAG_CHUNK_BLOCK_COUNT), 1] : [];
    layers.push(2 * active + 2);
    layers.push(...concurrent(carryPropagationLayers(active), upperCheck, [active]));
    layers.push(1, 2 * active + 1);
  }
  return [...layers, 2 * blockCount];
}

/** The KS-PBS layers of one operation on two encrypted `bitWidthCount`-bit integers. */
export function radixOperationLayers(operation: RadixOperation, bitWidthCount: number): PbsLayers {
  const blocks = radixBlockCount(bitWidthCount);
  const packed = Math.max(1, Math.floor(blocks / 2));
  switch (operation) {
    case 'bitwise':
      return [blocks];
    case 'add':
      return carryPropagationLayers(blocks);
    case 'eq':
      return [blocks, ...allTrueReductionLayers(blocks)];
    case 'compare':
      // Pairs of blocks packed into one (4 bits), both operands cleaned, blocks compared, sign tree.
      return [packed, packed, packed, ...signTreeLayers(packed)];
    case 'mul':
      return [blocks * blocks, ...partialProductSumLayers(blocks)];
    case 'div':
      return divisionLayers(blocks);
  }
}
