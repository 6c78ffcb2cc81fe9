// How much of a synchronisation compute hides: bucketed all-reduce during the backward pass (DDP), and
// Streaming DiLoCo fragments that must arrive within tau inner steps. Closed forms of a network queue that
// sends one bucket after another as the backward pass releases them.
import type { CollectiveCost } from '../collectives';

/**
 * Share of a training step's compute spent in the backward pass: backward is twice the forward's FLOP
 * (4N of 6N per token). Source: Kaplan et al. 2020, C = 6N with 2N forward.
 */
export const BACKWARD_SHARE_OF_COMPUTE = 2 / 3;

/** A sync cut into buckets: how many, and its seconds when each bucket pays the latency once. */
export interface BucketedSync {
  bucketCount: number;
  /** Latency of every bucket plus the transfer of the whole payload, seconds. */
  syncS: number;
  latencyS: number;
  transferS: number;
}

/** Cuts a collective of `payloadBytes` into buckets of at most `bucketBytes`. */
export function bucketed(cost: CollectiveCost, payloadBytes: number, bucketBytes: number): BucketedSync {
  const bucketCount = Math.max(1, Math.ceil(payloadBytes / bucketBytes));
  const latencyS = bucketCount * cost.latencyS;
  return { bucketCount, syncS: latencyS + cost.transferS, latencyS, transferS: cost.transferS };
}

/**
 * Seconds after the start of a step at which the last bucket of a sync released during its backward pass
 * arrives. Bucket k of K is released at forward + (k/K) backward; the link sends them in order, so the last
 * finishes at the later of (first release + whole sync) and (end of step + one bucket).
 */
export function bucketedFinishS(sync: BucketedSync, stepComputeS: number): number {
  const backwardS = BACKWARD_SHARE_OF_COMPUTE * stepComputeS;
  const forwardS = stepComputeS - backwardS;
  const perBucketS = sync.syncS / sync.bucketCount;
  return Math.max(forwardS + backwardS / sync.bucketCount + sync.syncS, stepComputeS + perBucketS);
}

/** Seconds a bucketed sync adds to its step: what outlasts the backward pass (at least the last bucket). */
export function bucketedExposedS(sync: BucketedSync, stepComputeS: number): number {
  return Math.max(0, bucketedFinishS(sync, stepComputeS) - stepComputeS);
}

/**
 * Seconds Streaming DiLoCo adds to one outer round: each of P fragments is sent (bucketed over a backward
 * pass) and must arrive within tau inner steps after the step that sent it; the link must also carry all P
 * fragments within the round. Source: Streaming DiLoCo (Douillard et al. 2025, arXiv 2501.18512) section 2.
 */
export function streamingExposedS(
  fragment: BucketedSync,
  fragmentCount: number,
  innerStepS: number,
  innerStepCount: number,
  overlapInnerStepCount: number,
): number {
  const deadlineS = (overlapInnerStepCount + 1) * innerStepS;
  const perFragmentS = Math.max(0, bucketedFinishS(fragment, innerStepS) - deadlineS);
  const linkBoundS = fragmentCount * fragment.syncS - innerStepCount * innerStepS;
  return Math.max(fragmentCount * perFragmentS, linkBoundS, 0);
}
