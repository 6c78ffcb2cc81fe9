// The verification calibration cases (zkLLM, TOPLOC, GPU nondeterminism), checked row by row without the
// scenario runner.
import { checkCalibrationFiles } from '../privacy/calibrationCases';

checkCalibrationFiles(['zk-zkllm-13b', 'hash-commitment-toploc', 'gpu-nondeterminism']);
