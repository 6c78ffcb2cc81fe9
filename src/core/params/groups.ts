// The performance-side parameter groups, one file each under groups/: workload and model, training,
// inference, hardware, network and heterogeneity, ledger, adversary. Technique groups live beside their
// techniques (src/core/privacy, src/core/verification) and are collected in table.ts.
export { ADVERSARY_PARAMS } from './groups/adversary';
export { HARDWARE_PARAMS } from './groups/hardware';
export { INFERENCE_PARAMS } from './groups/inference';
export { MODEL_PARAMS, WORKLOAD_PARAMS } from './groups/job';
export { LEDGER_PARAMS } from './groups/ledger';
export { HETEROGENEITY_PARAMS, NETWORK_PARAMS } from './groups/network';
export { PRECISION_PARAMS } from './groups/precision';
export { TRAINING_PARAMS } from './groups/training';
