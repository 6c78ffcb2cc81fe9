// The standard normal distribution's inverse CDF, needed to turn uniform order statistics into speeds.

/** Inverse CDF of the standard normal distribution for p in (0, 1). Placeholder: bisection on erf. */
export function inverseStandardNormal(probability: number): number {
  let low = -40;
  let high = 40;
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const middle = (low + high) / 2;
    if (standardNormalCdf(middle) < probability) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** CDF of the standard normal distribution (Abramowitz and Stegun 7.1.26 erf approximation). */
export function standardNormalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
