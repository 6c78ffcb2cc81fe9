// Registry of workload strategies: picks the training strategy or inference placement the params name.
import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';

/** Cost of one step of the configured workload on the configured hardware and network. */
export function evaluateWorkload(params: Params): WorkloadCost {
  const { model, hardware, network, training } = params;
  const gpuCount = network.nodeCount * hardware.gpusPerNodeCount;
  const tokensPerStep = training.tokensPerStepCount * network.nodeCount;
  const usefulFlopPerStep = 6 * model.parameterCount * tokensPerStep;
  const computeS = usefulFlopPerStep / (gpuCount * hardware.peakFlopPerS * hardware.mfuFraction);
  return {
    stepLabel: 'training step',
    terms: [{ name: 'forward and backward', category: 'compute', seconds: computeS, driver: 'compute' }],
    tokensPerStep,
    usefulFlopPerStep,
    activeGpuCount: gpuCount,
    synchronizedNodeCount: network.nodeCount,
    trafficBytesPerNodePerStep: 0,
    stepsToFinishCount: params.training.totalTokensCount / tokensPerStep,
    setupTimeS: 0,
    qualityComputeMultiplierRatio: 1,
    metrics: {},
    feasible: true,
  };
}
