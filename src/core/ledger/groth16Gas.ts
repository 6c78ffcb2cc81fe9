// Gas to verify a Groth16 proof on an EVM chain with the BN254 precompiles, as repriced by EIP-1108.
// Used to set ledger.gasPerOperation for a job that verifies a zero-knowledge proof on chain.

/** Base gas of the ecPairing precompile. Source: EIP-1108 (45,000 + 34,000 per pair). */
export const PAIRING_BASE_GAS = 45_000;
/** Gas per pairing pair of the ecPairing precompile. Source: EIP-1108. */
export const PAIRING_PER_PAIR_GAS = 34_000;
/** Gas of one ecMul (scalar multiplication) precompile call. Source: EIP-1108. */
export const EC_MUL_GAS = 6_000;
/** Gas of one ecAdd precompile call. Source: EIP-1108. */
export const EC_ADD_GAS = 150;
/**
 * Pairings in one Groth16 check, e(A, B) = e(alpha, beta) e(L, gamma) e(C, delta), verified as one product
 * of four pairings. Source: Groth, "On the size of pairing-based non-interactive arguments", EUROCRYPT 2016.
 */
export const GROTH16_PAIRING_COUNT = 4;
/** Bytes of an uncompressed BN254 Groth16 proof: A and C in G1 (64 bytes each), B in G2 (128 bytes). */
export const GROTH16_PROOF_BYTES = 256;
/** Bytes of one public input (a 32-byte field element). */
export const PUBLIC_INPUT_BYTES = 32;
/** Gas per non-zero calldata byte. Source: EIP-2028. Zero bytes cost less; proofs are almost all non-zero. */
export const CALLDATA_NONZERO_BYTE_GAS = 16;

/** Gas of one ecPairing call checking `pairingCount` pairs: 45,000 + 34,000 x pairs (EIP-1108). */
export function pairingCheckGas(pairingCount: number): number {
  return PAIRING_BASE_GAS + PAIRING_PER_PAIR_GAS * pairingCount;
}

/**
 * Gas to verify one Groth16 proof with `publicInputCount` public inputs: the 4-pair pairing check, one ecMul
 * and one ecAdd per public input to fold the inputs into L, and the calldata of the proof and inputs.
 * Excludes the 21,000 gas of the enclosing transaction and the verifier contract's own bookkeeping
 * (a few thousand gas of memory and control flow).
 */
export function groth16VerificationGas(publicInputCount: number): number {
  const pairing = pairingCheckGas(GROTH16_PAIRING_COUNT);
  const inputFolding = publicInputCount * (EC_MUL_GAS + EC_ADD_GAS);
  const calldata = (GROTH16_PROOF_BYTES + publicInputCount * PUBLIC_INPUT_BYTES) * CALLDATA_NONZERO_BYTE_GAS;
  return pairing + inputFolding + calldata;
}
