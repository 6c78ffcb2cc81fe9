// Whole-number splits (`limits.splitGranularity` = whole): tensor ways, pipeline stages and replicas are whole
// numbers, as on a real cluster (Erdil and Schneider-Joseph's search takes whole divisors). A split found on
// the continuous ladders is rounded to the nearest whole tensor ways and to whole layers per stage; replicas
// are rounded up, so the run still finishes in time.
import type { Params } from '../../params/table';
import type { CurveModelShape } from './modelShape';
import type { CurveSplit } from './split';
import { wholeSplits } from './splitShares';

/** A tensor and pipeline split without its replica count. */
export type SplitShape = Omit<CurveSplit, 'dataParallelCount'>;

/** `shape` with whole tensor ways and a whole number of stages of whole layers. */
function wholeShape(shape: SplitShape, model: CurveModelShape): SplitShape {
  const layers = Math.max(1, Math.round(model.layerCount));
  const layersPerStage = Math.max(1, Math.round(model.layerCount / shape.pipelineStageCount));
  return {
    tensorModelCount: Math.max(1, Math.round(shape.tensorModelCount)),
    tensorFeedForwardCount: Math.max(1, Math.round(shape.tensorFeedForwardCount)),
    pipelineStageCount: Math.ceil(layers / layersPerStage),
  };
}

/** The shapes as they are (continuous), or rounded to whole numbers without repeats (whole). */
export function granularShapes(
  shapes: readonly SplitShape[],
  model: CurveModelShape,
  limits: Params['limits'],
): SplitShape[] {
  if (!wholeSplits(limits)) return [...shapes];
  const seen = new Set<string>();
  const result: SplitShape[] = [];
  for (const shape of shapes) {
    const whole = wholeShape(shape, model);
    const key = `${whole.tensorModelCount}/${whole.tensorFeedForwardCount}/${whole.pipelineStageCount}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(whole);
  }
  return result;
}

/** The replica count a split runs: as given (continuous) or rounded up to a whole number (whole). */
export function granularReplicas(replicas: number, limits: Params['limits']): number {
  return wholeSplits(limits) ? Math.ceil(replicas) : replicas;
}

/** Most replicas whose micro-batches still hold one token, for `microBatchCount` micro-batches each. */
export function replicaLimit(
  model: CurveModelShape,
  microBatchCount: number,
  limits: Params['limits'],
): number {
  if (wholeSplits(limits)) return Math.floor(Math.round(model.batchTokensCount) / microBatchCount);
  return model.batchTokensCount / microBatchCount;
}
