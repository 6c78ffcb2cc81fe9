// The synergy matrix API in one import (docs/matrix.md explains the method).
export { MATRIX_CELLS } from './cells/index';
export { COLUMN_MEASURES } from './columnMeasures';
export { computeCell, explainCell, scoreCell } from './computeCell';
export { computeMatrix, type MatrixOptions, type MatrixResult } from './computeMatrix';
export { knobPointParams, knobProblems, knobValuesAt } from './knobPoints';
export {
  DECENTRALIZATION_KNOB,
  MPC_THRESHOLD_KNOB,
  SCALE_OUT_SERVING_KNOB,
  SCALE_OUT_TRAINING_KNOB,
  VERIFICATION_STRENGTH_KNOB,
} from './knobs';
export {
  formatCellDetails,
  formatMatrixTable,
  MATRIX_COLUMN_IDS,
  MATRIX_ROW_IDS,
} from './report';
export {
  cellRobustness,
  keptShareByValue,
  robustnessNote,
  type SensitivitySetting,
  sensitivityCombinations,
  withKnobAxes,
} from './robustness';
export { ROW_METRICS } from './rowMetrics';
export {
  agreementOf,
  DEFAULT_MATRIX_THRESHOLDS,
  normalisedChange,
  ratingFromScore,
  robustnessVerdict,
  thresholdProblems,
} from './scoring';
export type * from './types';
