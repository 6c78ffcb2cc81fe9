// Catalog entries of the scaling-limit metrics (spread into the metric catalog for labels and units).
import type { MetricDefinition } from '../metrics/types';

const limit = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'limits' });

/** Scaling-limit metrics, by name (docs/model/ledger-and-limits.md gives the equations). */
export const LIMITS_METRICS: Readonly<Record<string, MetricDefinition>> = {
  powerBoundFlop: limit(
    'Power bound',
    'FLOP',
    'Largest training run the available power sustains for the run.',
    'higher',
  ),
  chipBoundFlop: limit(
    'Chip bound',
    'FLOP',
    'Largest training run the available accelerators compute in the run.',
    'higher',
  ),
  dataBoundFlop: limit(
    'Data bound',
    'FLOP',
    'Largest compute-optimal run on the available unique tokens.',
    'higher',
  ),
  latencyWallFlop: limit(
    'Latency wall',
    'FLOP',
    'Largest compute-optimal run whose sequential layer latency still fits in the run.',
    'higher',
  ),
  bindingLimitFlop: limit(
    'Binding limit',
    'FLOP',
    'The smallest of the power, chip, data and latency bounds.',
    'higher',
  ),
  powerBoundVsGpt4Ratio: limit(
    'Power bound / GPT-4',
    'ratio',
    'Power bound over GPT-4’s 2.1e25 FLOP.',
    'higher',
  ),
  chipBoundVsGpt4Ratio: limit(
    'Chip bound / GPT-4',
    'ratio',
    'Chip bound over GPT-4’s 2.1e25 FLOP.',
    'higher',
  ),
  referenceRunPowerMW: limit(
    'Llama 3.1 405B power',
    'MW',
    'Power of the reference run: 16,000 GPUs x all-in watts per GPU.',
    'neither',
  ),
  powerRequiredForTargetRunGW: limit(
    'Power for the target run',
    'GW',
    'Power a run of limits.targetRunFlop needs over the run length.',
    'lower',
  ),
  latencyWallParameterCount: limit(
    'Model size at the wall',
    'parameters',
    'Parameters of the model at the latency wall.',
    'neither',
  ),
  latencyWallLayerCount: limit(
    'Depth at the wall',
    'layers',
    'Layers of the model at the latency wall.',
    'neither',
  ),
  latencyFloorStepS: limit(
    'Latency floor per step',
    's',
    'Minimum time of one step of the configured model: layers x per-layer latency.',
    'lower',
  ),
  fibreRingSyncS: limit(
    'Fibre ring sync',
    's',
    'Time for one synchronisation to travel twice around the ring.',
    'lower',
  ),
  fibreRingUpdateCount: limit(
    'Updates in the run (ring)',
    'updates',
    'Synchronised updates that fit in the run.',
    'higher',
  ),
  fibreRingMaxFlop: limit(
    'Fibre ring bound',
    'FLOP',
    'Largest compute-optimal run with one ring synchronisation per update.',
    'higher',
  ),
  configuredRunModelFlopUtilisationFraction: limit(
    'MFU on the stated split',
    'fraction',
    'Model FLOP utilisation (6 FLOP per parameter and token over peak) of the configured model on the stated tensor/pipeline/data split and batch, timed by the latency-wall step model.',
    'higher',
  ),
  configuredRunHardwareFlopUtilisationFraction: limit(
    'HFU on the stated split',
    'fraction',
    'Hardware FLOP utilisation: as the MFU, counting the recomputed forward pass (8 FLOP per parameter and token) when recomputation is on.',
    'higher',
  ),
  configuredRunStepS: limit(
    'Step on the stated split',
    's',
    'One optimizer step of the configured run.',
    'lower',
  ),
  configuredRunAggregatePflops: limit(
    'Hardware FLOP/s on the stated split',
    'PFLOP/s',
    'Hardware FLOP per second over all GPUs of the configured run (HFU x peak x GPUs).',
    'higher',
  ),
  configuredRunTimeToTrainMin: limit(
    'Time to train on the stated split',
    'min',
    'Steps to train limits.configuredTrainTokenCount tokens times the step, plus the evaluations inside the run (forward passes); only when tokens are set.',
    'lower',
  ),
  configuredRunMemoryPerGpuGB: limit(
    'Memory per GPU on the stated split',
    'GiB',
    'In GiB (2^30 bytes), like hardware.memoryGB. Peak bytes one GPU holds on the configured split: weights and gradients (bf16) and the optimizer state, sharded as limits.configuredZeroStage says, and the activations of the micro-batches the schedule keeps; the row is infeasible when it exceeds hardware.memoryGB.',
    'lower',
  ),
  configuredRunTensorParallelCount: limit(
    'Tensor ways of the configured run',
    'count',
    'Stated, or chosen by the split search.',
    'lower',
  ),
  configuredRunPipelineStageCount: limit(
    'Pipeline stages of the configured run',
    'count',
    'Stated, or chosen by the split search.',
    'lower',
  ),
  configuredRunDataParallelCount: limit(
    'Data-parallel replicas of the configured run',
    'count',
    'Stated, or chosen by the split search.',
    'lower',
  ),
  configuredRunGpuCount: limit(
    'GPUs of the stated split',
    'count',
    'Tensor x pipeline x data-parallel ways of the configured run.',
    'lower',
  ),
  latencyCurveUtilisationFraction: limit(
    'Utilisation at the run (latency-wall curve)',
    'fraction',
    'Model FLOP utilisation of the run to power on the smallest cluster that finishes it in time, best split; 0 past the wall.',
    'higher',
  ),
  latencyCurveGpuCount: limit(
    'GPUs for the run',
    'count',
    'Cluster size of the best plan for the run to power.',
    'lower',
  ),
  latencyCurveTensorParallelCount: limit(
    'Tensor-parallel ways',
    'count',
    'd_ff ways x d_model ways of the best plan for the run to power.',
    'neither',
  ),
  latencyCurvePipelineStageCount: limit(
    'Pipeline stages',
    'count',
    'Stages of the best plan for the run to power.',
    'neither',
  ),
  latencyCurveDataParallelCount: limit(
    'Data-parallel replicas',
    'count',
    'Replicas of the best plan for the run to power.',
    'neither',
  ),
  latencyCurveRunDays: limit(
    'Run length of the plan',
    'days',
    'Wall-clock length of the best plan for the run to power.',
    'neither',
  ),
  latencyCurveLargestRunFlop: limit(
    'Largest feasible run (latency-wall curve)',
    'FLOP',
    'Largest compute-optimal run some cluster and split finish within the run length.',
    'higher',
  ),
};
