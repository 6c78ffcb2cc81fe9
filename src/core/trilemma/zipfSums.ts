// Sums of Zipf weights i^-s without building one weight per operator: exact terms up to a cut-off, then the
// Euler-Maclaurin formula for the rest, so ownership metrics cost the same at 1e6 nodes as at 1e3. Past the
// cut-off the first omitted correction is below 1e-15 of the sum (it scales like cut-off^-(s+3) / 720).
import { expm1, log, pow } from '../math/index';

/** Operators up to this count have their weights summed term by term (the exact path). */
export const EXACT_TERM_COUNT = 4096;

/** Full prefix-sum tables remembered per exponent (a pure cache: the same exponent gives the same table). */
const PREFIX_MEMO_SIZE = 16;
const prefixMemo = new Map<number, readonly number[]>();

function fullPrefixSums(exponent: number): readonly number[] {
  const known = prefixMemo.get(exponent);
  if (known) return known;
  const prefix: number[] = [];
  let sum = 0;
  for (let index = 1; index <= EXACT_TERM_COUNT; index += 1) {
    sum += pow(index, -exponent);
    prefix.push(sum);
  }
  if (prefixMemo.size >= PREFIX_MEMO_SIZE) prefixMemo.delete(prefixMemo.keys().next().value ?? 0);
  prefixMemo.set(exponent, prefix);
  return prefix;
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
