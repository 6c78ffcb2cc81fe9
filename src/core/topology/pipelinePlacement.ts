// Layers of a pipeline chain placed on mixed devices: each stage gets a share of the layers in proportion to
// its speed (so that stages take equal time, as prima.cpp's layer-to-device assignment aims for), capped by the
// share of the model its memory holds (as a Petals server serves only the blocks that fit); what a capped stage
// cannot take goes to the others in proportion to their speeds.

/** One stage slot of a chain: how long it would take to run the whole model, and how much of it fits. */
export interface StageDevice {
  /** Seconds this stage would take to run every layer (one pass, its own compute and memory bounds). */
  wholeModelS: number;
  /** Largest share of the layers its memory holds (0..1 or more; 1 means the whole model fits). */
  memoryCapFraction: number;
}

/** The shares of the layers each stage runs, or why they cannot cover the model. */
export interface StageShares {
  /** Share of the layers on each stage, in stage order; sums to 1 when feasible. */
  sharesFraction: number[];
  feasible: boolean;
  /** Share of the model the whole chain's memory holds (at least 1 when feasible). */
  chainMemoryFraction: number;
}

/** Tolerance for the water-filling loop's sums (shares are fractions of one model). */
const SHARE_EPSILON = 1e-12;

/**
 * Speed-proportional shares with memory caps (water-filling): every uncapped stage gets a share proportional
 * to its speed (1 / wholeModelS); a stage whose share would exceed its cap gets the cap, and the rest is shared
 * again among the others. At most one pass per stage, so the cost is O(stages^2) in the worst case.
 */
export function stageShares(stages: readonly StageDevice[]): StageShares {
  const chainMemoryFraction = stages.reduce((sum, stage) => sum + Math.max(0, stage.memoryCapFraction), 0);
  const shares = stages.map(() => 0);
  if (stages.length === 0 || chainMemoryFraction < 1 - SHARE_EPSILON) {
    return { sharesFraction: shares, feasible: false, chainMemoryFraction };
  }
  const open = new Set(stages.map((_, index) => index));
  const speed = (index: number) => 1 / (stages[index]?.wholeModelS ?? Number.POSITIVE_INFINITY);
  const cap = (index: number) => stages[index]?.memoryCapFraction ?? 0;
  let remaining = 1;
  while (remaining > SHARE_EPSILON && open.size > 0) {
    let speedSum = 0;
    for (const index of open) speedSum += speed(index);
    const want = (index: number) => (remaining * speed(index)) / speedSum;
    const overCap = [...open].filter((index) => want(index) > cap(index));
    if (overCap.length === 0) {
      for (const index of open) shares[index] = want(index);
      break;
    }
    for (const index of overCap) {
      shares[index] = cap(index);
      remaining -= cap(index);
      open.delete(index);
    }
  }
  return { sharesFraction: shares, feasible: true, chainMemoryFraction };
}
