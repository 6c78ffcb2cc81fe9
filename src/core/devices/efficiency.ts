// Achievable compute and memory-bandwidth efficiencies the catalogue gives its devices, with their sources.
// Only the H100 and A100 have a published large-run MFU; other devices reuse the H100 figure (assumption).

/** MFU of INTELLECT-1 on H100 without communication stalls. Source: INTELLECT-1 report (arXiv 2412.01152). */
export const H100_MFU_FRACTION = 0.433;
export const H100_MFU_SOURCE =
  'INTELLECT-1 technical report (arXiv 2412.01152): 43.3% MFU without communication';

/**
 * MFU of Megatron-LM's 1T-parameter run on 3,072 A100s: 163 TFLOP/s per GPU of 312 = 52%.
 * Source: Narayanan et al. 2021, Efficient large-scale language model training on GPU clusters (arXiv 2104.04473).
 */
export const A100_MFU_FRACTION = 0.52;
export const A100_MFU_SOURCE =
  'Narayanan et al. 2021 (arXiv 2104.04473): 163 of 312 TFLOP/s per A100 at 1T parameters';

/** Devices without a published large-run MFU get the H100's (assumption, stated in each source). */
export const ASSUMED_MFU_FRACTION = H100_MFU_FRACTION;
export const ASSUMED_MFU_SOURCE = `assumption: no published large-run MFU for this device; the H100's 43.3% (${H100_MFU_SOURCE})`;

/** Memory-bandwidth efficiency of the roofline bound (assumption; measured values are set per scenario). */
export const ROOFLINE_BANDWIDTH_FRACTION = 1;
export const ROOFLINE_BANDWIDTH_SOURCE = 'memory bandwidth at the roofline bound (assumption: fraction 1)';
