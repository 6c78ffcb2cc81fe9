// Latency-wall curve benchmark (npx tsx bench/latencyCurve.bench.ts): times the peer scenario's work (the 14
// training-compute levels of Erdil and Schneider-Joseph and the largest feasible run) under the roofline
// matmul with continuous splits, under tensor-core tiles with whole-number splits, and with those and a lone
// micro-batch paying every wait (the peer scenario's settings). Prints figures only.
import { performance } from 'node:perf_hooks';
import { curvePlanForFlop, largestFeasibleRunFlop } from '../src/core/limits/utilisation/curve';
import { defaultParams } from '../src/core/params/table';

/** The peer's training-compute levels, FLOP (docs/published/peer-references.json, erdil-limits-3-months). */
const LEVELS_FLOP = [
  6.455e24, 1.121e26, 1.306e27, 1.487e28, 2.048e28, 5.803e28, 2.04e29, 4.065e29, 1.036e30, 2.324e30, 5.949e30,
  9.067e30, 1.912e31, 2.707e31,
];
const peerLimits = {
  ...defaultParams().limits,
  utilisationCurveEnabled: true,
  runDurationDays: 91.3125,
  clusterSizeRounding: 'power-of-two' as const,
};
const filled = 'weight-gradient-passes';
const settings = [
  {
    label: 'roofline, continuous',
    matmulTiling: 'roofline',
    splitGranularity: 'continuous',
    backwardWaitOverlap: filled,
  },
  {
    label: 'tensor-core tiles, whole',
    matmulTiling: 'tensor-core-tiles',
    splitGranularity: 'whole',
    backwardWaitOverlap: filled,
  },
  {
    label: 'tensor-core tiles, whole, every wait paid',
    matmulTiling: 'tensor-core-tiles',
    splitGranularity: 'whole',
    backwardWaitOverlap: 'none',
  },
] as const;

for (const { label, ...setting } of settings) {
  const limits = { ...peerLimits, ...setting };
  const start = performance.now();
  const utilisations = LEVELS_FLOP.map(
    (flop) => curvePlanForFlop(flop, limits)?.step.utilisationFraction ?? 0,
  );
  const levelsMs = performance.now() - start;
  const wallFlop = largestFeasibleRunFlop(limits);
  const wallMs = performance.now() - start - levelsMs;
  console.log(`${label}: 14 levels ${levelsMs.toFixed(0)} ms, largest run ${wallMs.toFixed(0)} ms`);
  console.log(
    `  utilisation ${utilisations.map((u) => u.toFixed(3)).join(' ')}; largest run ${wallFlop.toExponential(3)} FLOP`,
  );
}
