// Which inputs move the metric most: the Spearman rank correlation between each input's draws and the metric.
// Ranks make it insensitive to the metric's scale and to monotone non-linearity (a metric that saturates).

/** Ranks 1..n of the values, ties given the mean of the ranks they share. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const sharedRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) {
      const entry = order[position];
      if (entry) result[entry.index] = sharedRank;
    }
    start = end + 1;
  }
  return result;
}

/** Pearson correlation; 0 when either series is constant (it carries no information about the other). */
function pearson(first: readonly number[], second: readonly number[]): number {
  const count = first.length;
  if (count === 0) return 0;
  const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / count;
  const firstMean = meanOf(first);
  const secondMean = meanOf(second);
  let covariance = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  for (let index = 0; index < count; index += 1) {
    const a = (first[index] ?? 0) - firstMean;
    const b = (second[index] ?? 0) - secondMean;
    covariance += a * b;
    firstSquares += a * a;
    secondSquares += b * b;
  }
  if (firstSquares === 0 || secondSquares === 0) return 0;
  return covariance / Math.sqrt(firstSquares * secondSquares);
}

/** Spearman rank correlation of two equally long series, -1..1. */
export function rankCorrelation(first: readonly number[], second: readonly number[]): number {
  return pearson(ranks(first), ranks(second));
}
