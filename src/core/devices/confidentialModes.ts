// The confidential-computing (trusted execution) modes a node can offer, each backed by one flag of the
// hardware group. A privacy or verification technique that needs a mode asks `supportsConfidentialMode`.
import type { HARDWARE_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';

/** The values of the hardware group. */
export type HardwareValues = GroupValues<typeof HARDWARE_PARAMS>;

/** One confidential-computing mode: its id, the hardware flag that says a node has it, and a label. */
export interface ConfidentialMode {
  id: 'sgx' | 'tdx' | 'sev-snp' | 'h100-cc' | 'blackwell-cc';
  flag: 'supportsSgx' | 'supportsTdx' | 'supportsSevSnp' | 'supportsH100Cc' | 'supportsBlackwellCc';
  label: string;
  /** Whether the mode protects GPU work (true) or only CPU work (false). */
  coversGpu: boolean;
}

/** Every mode, CPU modes first. Source: Intel SGX/TDX, AMD SEV-SNP and NVIDIA Hopper/Blackwell CC documentation. */
export const CONFIDENTIAL_MODES = [
  { id: 'sgx', flag: 'supportsSgx', label: 'Intel SGX', coversGpu: false },
  { id: 'tdx', flag: 'supportsTdx', label: 'Intel TDX', coversGpu: false },
  { id: 'sev-snp', flag: 'supportsSevSnp', label: 'AMD SEV-SNP', coversGpu: false },
  { id: 'h100-cc', flag: 'supportsH100Cc', label: 'NVIDIA H100 CC', coversGpu: true },
  { id: 'blackwell-cc', flag: 'supportsBlackwellCc', label: 'NVIDIA Blackwell CC', coversGpu: true },
] as const satisfies readonly ConfidentialMode[];

/** Id of a confidential-computing mode. */
export type ConfidentialModeId = (typeof CONFIDENTIAL_MODES)[number]['id'];

/** The ids of the modes a node's hardware supports (empty: none). */
export function supportedConfidentialModes(hardware: HardwareValues): ConfidentialModeId[] {
  return CONFIDENTIAL_MODES.filter((mode) => hardware[mode.flag]).map((mode) => mode.id);
}

/** Whether the hardware supports the mode. */
export function supportsConfidentialMode(hardware: HardwareValues, mode: ConfidentialModeId): boolean {
  return supportedConfidentialModes(hardware).includes(mode);
}

/** Whether the hardware supports any confidential-computing mode. */
export function hasConfidentialMode(hardware: HardwareValues): boolean {
  return supportedConfidentialModes(hardware).length > 0;
}

/** The flag values that give a node exactly `modes` (every other mode off). */
export function confidentialFlags(
  modes: readonly ConfidentialModeId[],
): Pick<HardwareValues, ConfidentialMode['flag']> {
  const flags = Object.fromEntries(CONFIDENTIAL_MODES.map((mode) => [mode.flag, modes.includes(mode.id)]));
  return flags as Pick<HardwareValues, ConfidentialMode['flag']>;
}

/** The hardware paths of the mode flags, for messages ("hardware.supportsSgx, ..."). */
export const CONFIDENTIAL_FLAG_PATHS = CONFIDENTIAL_MODES.map((mode) => `hardware.${mode.flag}`).join(', ');
