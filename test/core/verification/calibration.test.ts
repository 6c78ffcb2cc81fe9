// The verification calibration cases (zkLLM, TOPLOC, GPU nondeterminism), checked row by row without the
// scenario runner.
import { checkCalibrationFiles } from '../privacy/calibrationCases';

checkCalibrationFiles([
  'zk-zkllm-13b',
  'zkgpt-gpt2-25s',
  'nanozk-gpt2-layerwise',
  'mystique-resnet101-zk',
  'hash-commitment-toploc',
  'gpu-nondeterminism',
]);
