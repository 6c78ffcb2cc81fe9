// The verification calibration cases (zk provers, TOPLOC, GPU nondeterminism, on-chain proof gas), checked row by row without the
// scenario runner.
import { checkCalibrationFiles } from '../privacy/calibrationCases';

checkCalibrationFiles([
  'zk-zkllm-13b',
  'zkgpt-gpt2-25s',
  'nanozk-gpt2-layerwise',
  'mystique-resnet101-zk',
  'deepprove-cnn264k-vs-ezkl',
  'jolt-atlas-classifier-mlp',
  'arbitrum-one-dispute-window',
  'toploc-storage-and-thresholds',
  'bittensor-subnet-validator-set',
  'hash-commitment-toploc',
  'gpu-nondeterminism',
  'privado-id-onchain-zk-verify-gas',
]);
