// Cost constants of each confidential-computing mode: measured data kept beside the TEE cost model. GPU modes
// pay a fixed cost per CPU-GPU crossing and a reduced encrypted copy rate through bounce buffers (H100) or the
// TEE-I/O path (Blackwell); CPU modes (SGX, TDX, SEV-SNP) pay memory encryption on compute, SGX also enclave
// paging. Fitted constants come from one case (serialized-bridge-blackwell-cc); every other TEE figure is a
// prediction.
import type { ConfidentialModeId } from '../devices/confidentialModes';

/** What one mode costs. */
export interface TeeModeCost {
  /** Fixed cost of one CPU-GPU crossing (launch, bounce-buffer setup, authentication), seconds; 0 for CPU modes. */
  secondsPerCrossing: number;
  /** Encrypted host-to-device copy rate over the plain rate. */
  hostToDeviceRateRatio: number;
  /** Whether GPU-GPU traffic inside the node is encrypted in software (through the CPU) in this mode. */
  encryptsPeerTrafficInSoftware: boolean;
  /** Slowdown of compute from memory encryption and enclave transitions, as a fraction of compute time. */
  computeOverheadFraction: number;
  source: string;
}

/**
 * Fixed cost of one small CPU-GPU crossing under GPU confidential computing: about 330 us, measured on Blackwell
 * (B300, RTX Pro 6000) under TDX. Fitted from serialized-bridge-blackwell-cc (the only constant set from it,
 * with the copy-rate ratio below); applied to H100 too (the same bounce-buffer design; assumption).
 */
export const GPU_CC_SECONDS_PER_CROSSING = 330e-6;
/** Single-context host-to-device copy rate with CC over without: 0.203 (serialized-bridge-blackwell-cc). */
export const GPU_CC_HOST_TO_DEVICE_RATE_RATIO = 0.203;
/**
 * CPU-GPU crossings per decoding or training step: the step's inputs in and its outputs (sampled tokens,
 * loss) out (assumption: vLLM and training loops each copy once per direction per step).
 */
export const CROSSINGS_PER_STEP_COUNT = 2;
/**
 * Compute overhead of VM-level CPU TEEs (TDX, SEV-SNP) from memory encryption: a few percent. Assumption; no
 * calibration case covers CPU TEEs.
 */
const VM_TEE_COMPUTE_OVERHEAD_FRACTION = 0.05;
/** SGX enclaves add enclave transitions and EPC paging for large working sets (assumption, no case). */
const SGX_COMPUTE_OVERHEAD_FRACTION = 0.3;

/** The cost of each mode. */
export const TEE_MODE_COSTS: Record<ConfidentialModeId, TeeModeCost> = {
  'h100-cc': {
    secondsPerCrossing: GPU_CC_SECONDS_PER_CROSSING,
    hostToDeviceRateRatio: GPU_CC_HOST_TO_DEVICE_RATE_RATIO,
    encryptsPeerTrafficInSoftware: true,
    computeOverheadFraction: 0,
    source:
      'NVIDIA H100 CC: encrypted bounce buffers for CPU-GPU and GPU-GPU traffic; crossing cost as Blackwell; model-load copies use one core of AES-GCM instead of this ratio (teeModelLoad.ts)',
  },
  'blackwell-cc': {
    secondsPerCrossing: GPU_CC_SECONDS_PER_CROSSING,
    hostToDeviceRateRatio: GPU_CC_HOST_TO_DEVICE_RATE_RATIO,
    encryptsPeerTrafficInSoftware: false,
    computeOverheadFraction: 0,
    source: 'Serialized Bridge (arXiv 2606.23969): inline NVLink protection (510 GB/s P2P inside the CVM)',
  },
  tdx: {
    secondsPerCrossing: 0,
    hostToDeviceRateRatio: 1,
    encryptsPeerTrafficInSoftware: false,
    computeOverheadFraction: VM_TEE_COMPUTE_OVERHEAD_FRACTION,
    source: 'Intel TDX: VM memory encryption (assumption for the overhead)',
  },
  'sev-snp': {
    secondsPerCrossing: 0,
    hostToDeviceRateRatio: 1,
    encryptsPeerTrafficInSoftware: false,
    computeOverheadFraction: VM_TEE_COMPUTE_OVERHEAD_FRACTION,
    source: 'AMD SEV-SNP: VM memory encryption (assumption for the overhead)',
  },
  sgx: {
    secondsPerCrossing: 0,
    hostToDeviceRateRatio: 1,
    encryptsPeerTrafficInSoftware: false,
    computeOverheadFraction: SGX_COMPUTE_OVERHEAD_FRACTION,
    source: 'Intel SGX: enclave transitions and EPC paging (assumption for the overhead)',
  },
};
