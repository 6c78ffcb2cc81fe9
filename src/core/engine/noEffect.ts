// The effect of a technique or ledger that adds nothing: the identity element when effects compose.
import type { TechniqueEffect } from './types';

/** A fresh effect with no terms, no extra resources, no traffic and no metrics. */
export function noEffect(labels: Record<string, string> = {}): TechniqueEffect {
  return { terms: [], resourceMultiplierRatio: 1, trafficBytesPerNodePerStep: 0, metrics: {}, labels };
}
