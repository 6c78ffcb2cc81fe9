// The MPC protocol presets, by id: one line per protocol; the parameter table's options derive from it.
import { CRYPTEN_2PC, MPCFORMER_2PC } from './crypten';
import { BUMBLEBEE_2PC, NIMBUS_2PC } from './heTwoParty';
import { DITTO_3PC, PUMA_3PC } from './puma';
import { SIGMA_2PC_GPU } from './sigma';
import type { MpcProtocol } from './types';

/** The protocol presets, by id. */
export const MPC_PROTOCOLS = {
  'puma-3pc': PUMA_3PC,
  'ditto-3pc': DITTO_3PC,
  'bumblebee-2pc': BUMBLEBEE_2PC,
  'nimbus-2pc': NIMBUS_2PC,
  'crypten-2pc': CRYPTEN_2PC,
  'mpcformer-2pc': MPCFORMER_2PC,
  'sigma-2pc-gpu': SIGMA_2PC_GPU,
} as const satisfies Record<string, MpcProtocol>;

/** Id of an MPC protocol preset. */
export type MpcProtocolId = keyof typeof MPC_PROTOCOLS;

/** The ids of the MPC presets, for the parameter table. */
export const MPC_PROTOCOL_IDS = Object.keys(MPC_PROTOCOLS) as [MpcProtocolId, ...MpcProtocolId[]];
