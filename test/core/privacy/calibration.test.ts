// The privacy calibration cases (scenarios/calibration/{mpc,fhe,tee,dp,fl}-*.json), checked row by row without
// the scenario runner.
import { checkCalibrationFiles } from './calibrationCases';

checkCalibrationFiles([
  'mpc-puma-bert-base',
  'mpc-puma-gpt2',
  'mpc-wan-round-trip-sensitivity',
  'sigma-fss-gpu-llama2-13b-gpt2',
  'mpcformer-bert-base-mpc',
  'ditto-quantized-mpc-vs-puma',
  'nimbus-2pc-bert-base',
  'fhe-nexus-bert-base',
  'fhe-tfhe-primitives',
  'fhe-concrete-ml-resnet18',
  'tee-h100-cc-inference',
  'serialized-bridge-blackwell-cc',
  'nvidia-b300-cc-qwen35',
  'fastrack-h100-cc-io-overhead',
  'dp-sgd-throughput',
  'dp-utility',
  'fl-secure-aggregation-expansion',
]);
