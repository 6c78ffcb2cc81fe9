// The plain-script side of the CLI what-if benchmark: the data-parallel training step of a what-if (round
// trip 100 ms), written as a short stand-alone script with no project code, the way a reader would check it
// by hand. Terms: compute = FLOP per step / (GPUs x peak x MFU); ring all-reduce = 2(n-1)/n x gradient bytes /
// bandwidth + 2(n-1) one-way latencies (Patarasuk and Yuan 2009). It covers the step's two main terms only
// (the simulator adds stragglers, churn and the attention FLOP), so it answers the same question with fewer
// terms: the benchmark compares start-up and answer time, not the numbers.
const parameterCount = 1e10;
const tokensPerStep = 2 ** 21;
const nodeCount = 64;
const gpusPerNode = 8;
const peakFlopPerS = 989e12;
const mfuFraction = 0.4;
const bandwidthBitsPerS = 1e9;
const rttS = 0.1;
const bytesPerValue = 2;

const computeS =
  (6 * parameterCount * tokensPerStep) / (nodeCount * gpusPerNode * peakFlopPerS * mfuFraction);
const gradientBytes = parameterCount * bytesPerValue;
const allReduceS =
  ((2 * (nodeCount - 1)) / nodeCount) * ((gradientBytes * 8) / bandwidthBitsPerS) +
  2 * (nodeCount - 1) * (rttS / 2);
console.log(`stepTimeS ${(computeS + allReduceS).toPrecision(4)} (compute ${computeS.toPrecision(4)} s)`);
