// The time the mask work of one secure-aggregation round adds: each user's masking (PRG expansion, or
// LightSecAgg's encoding) on one core, then the server's unmasking on its cores. Both lie on the round's
// critical path: the server unmasks after the last upload, and a user masks before it uploads (LightSecAgg's
// overlap of encoding with local training, So et al. 2022, is not modelled, so its user time is an upper bound).
import { BITS_PER_BYTE } from '../../units';
import { type CryptoCores, fieldSeconds, prgSeconds } from './cryptoTime';
import { type SecureAggregationProtocol, serverUnmaskingWork } from './serverWork';
import { maskedValueBits } from './upload';
import { userMaskingWork } from './userWork';

/** Cores a user masks with (assumption: one, as a phone or a single-threaded client library would). */
export const USER_MASKING_CORE_COUNT = 1;

/** One round, as the mask-time formulas need it. */
export interface MaskRound {
  protocol: SecureAggregationProtocol;
  userCount: number;
  droppedUserCount: number;
  valueCount: number;
  valueBits: number;
  neighbourCount: number;
  privacyThresholdCount: number;
  /** Clock of every core doing mask work, GHz. */
  clockGHz: number;
  /** Cores the server unmasks with. */
  serverCoreCount: number;
}

/** Operation counts and seconds of one round's mask work. */
export interface MaskTime {
  serverPrgValueCount: number;
  serverDecodeMultiplyAddCount: number;
  userPrgValueCount: number;
  userEncodeMultiplyAddCount: number;
  userMaskingS: number;
  serverUnmaskingS: number;
}

/** The mask work of one round and the seconds it takes, PRG values at the masked value's width. */
export function maskTime(round: MaskRound): MaskTime {
  const survivorCount = round.userCount - round.droppedUserCount;
  const server = serverUnmaskingWork(round.protocol, {
    userCount: round.userCount,
    droppedUserCount: round.droppedUserCount,
    valueCount: round.valueCount,
    neighbourCount: round.neighbourCount,
  });
  const user = userMaskingWork(round.protocol, {
    userCount: round.userCount,
    valueCount: round.valueCount,
    neighbourCount: round.neighbourCount,
    survivorCount,
    privacyThresholdCount: round.privacyThresholdCount,
  });
  const bytesPerValue = maskedValueBits(round) / BITS_PER_BYTE;
  const userCores: CryptoCores = { clockGHz: round.clockGHz, coreCount: USER_MASKING_CORE_COUNT };
  const serverCores: CryptoCores = { clockGHz: round.clockGHz, coreCount: round.serverCoreCount };
  return {
    serverPrgValueCount: server.prgValueCount,
    serverDecodeMultiplyAddCount: server.decodeMultiplyAddCount,
    userPrgValueCount: user.prgValueCount,
    userEncodeMultiplyAddCount: user.encodeMultiplyAddCount,
    userMaskingS:
      prgSeconds(user.prgValueCount, bytesPerValue, userCores) +
      fieldSeconds(user.encodeMultiplyAddCount, userCores),
    serverUnmaskingS:
      prgSeconds(server.prgValueCount, bytesPerValue, serverCores) +
      fieldSeconds(server.decodeMultiplyAddCount, serverCores),
  };
}
