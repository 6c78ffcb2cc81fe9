// Sums of Zipf weights i^-s without building one weight per operator: exact terms up to a cut-off, then the
// Euler-Maclaurin formula for the rest, so ownership metrics cost the same at 1e6 nodes as at 1e3. Past the
// cut-off the first omitted correction is below 1e-15 of the sum (it scales like cut-off^-(s+3) / 720).
import { expm1, log, pow } from '../math/index';

/** Operators up to this count have their weights summed term by term (the exact path). */
export const EXACT_TERM_COUNT = 4096;

/** Weight and prefix-sum tables remembered per exponent (a pure cache: the same exponent gives the same table). */
const TABLE_MEMO_SIZE = 16;
const weightMemo = new Map<number, readonly number[]>();
const prefixMemo = new Map<number, readonly number[]>();

function remembered(memo: Map<number, readonly number[]>, exponent: number, table: () => number[]) {
  const known = memo.get(exponent);
  if (known) return known;
  const computed = table();
  if (memo.size >= TABLE_MEMO_SIZE) memo.delete(memo.keys().next().value ?? 0);
  memo.set(exponent, computed);
  return computed;
}

/**
 * The first EXACT_TERM_COUNT Zipf weights i^-s (weights[i - 1] = i^-s), computed once per exponent: the
 * deterministic pow is the costly part of the ownership metrics, and a node-count sweep asks for the same ones.
 */
export function zipfWeights(exponent: number): readonly number[] {
  return remembered(weightMemo, exponent, () =>
    Array.from({ length: EXACT_TERM_COUNT }, (_, index) => pow(index + 1, -exponent)),
  );
}

function fullPrefixSums(exponent: number): readonly number[] {
  return remembered(prefixMemo, exponent, () => {
    let sum = 0;
    return zipfWeights(exponent).map((weight) => {
      sum += weight;
      return sum;
    });
  });
}

/** Cumulative sums of i^-s for i = 1..min(count, EXACT_TERM_COUNT): prefix[k - 1] = sum of the first k terms. */
export function exactPrefixSums(count: number, exponent: number): readonly number[] {
  const full = fullPrefixSums(exponent);
  return count >= EXACT_TERM_COUNT ? full : full.slice(0, count);
}

/** Sum of x^-s for x = first..last (first <= last), by Euler-Maclaurin with two correction terms. */
export function zipfTailSum(first: number, last: number, exponent: number): number {
  const oneMinus = 1 - exponent;
  const logRatio = log(last / first);
  const integral = oneMinus === 0 ? logRatio : (pow(first, oneMinus) * expm1(oneMinus * logRatio)) / oneMinus;
  const ends = (pow(first, -exponent) + pow(last, -exponent)) / 2;
  const slope = (-exponent * (pow(last, -exponent - 1) - pow(first, -exponent - 1))) / 12;
  return integral + ends + slope;
}

/** Sum of i^-s for i = 1..k, given the exact prefix sums. */
export function zipfPartialSum(prefix: readonly number[], k: number, exponent: number): number {
  if (k <= prefix.length) return k > 0 ? (prefix[k - 1] ?? 0) : 0;
  return (prefix[prefix.length - 1] ?? 0) + zipfTailSum(prefix.length + 1, k, exponent);
}
