// The metrics every inference placement reports: prefill and decoding apart when generating, the forward
// pass when nothing is generated, and the model's size.
import { expectedExpertShareTouched } from '../../work/expertRouting';
import type { WorkDescription } from '../../work/types';
import type { ForwardTime } from '../compute';
import type { WorkloadMetricKey } from '../metricDefinitions';
import type { InferenceWork } from './tokens';

/** Prefill, decoding-step or forward-pass times of a placement (`step` and `setup` summed over a chain). */
export function inferenceMetrics(
  request: InferenceWork,
  work: WorkDescription,
  step: ForwardTime,
  setup: ForwardTime,
): Partial<Record<WorkloadMetricKey, number>> {
  const experts = work.routedExperts;
  const size = {
    modelParameterCount: work.parameterCount,
    activeParameterCount: work.activeParameterCount,
    ...(experts
      ? {
          expertsTouchedFraction: expectedExpertShareTouched(
            experts.expertCount,
            experts.activeExpertCount,
            request.stepTokenCount,
          ),
        }
      : {}),
  };
  if (request.stepLabel === 'forward pass') return { ...size, forwardPassTimeS: step.seconds };
  return {
    ...size,
    decodeComputeTimeS: step.computeS,
    decodeMemoryTimeS: step.memoryS,
    decodeStepTimeS: step.seconds,
    prefillTimeS: setup.seconds,
  };
}

/** The metrics every placement reports (a placement adds its own after these). */
export const INFERENCE_METRIC_KEYS = [
  'memoryPerGpuGB',
  'decodeComputeTimeS',
  'decodeMemoryTimeS',
  'decodeStepTimeS',
  'prefillTimeS',
  'forwardPassTimeS',
  'modelParameterCount',
  'activeParameterCount',
  'expertsTouchedFraction',
] as const satisfies readonly WorkloadMetricKey[];
