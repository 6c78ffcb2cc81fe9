// Gas to verify a PLONK (KZG) proof on an EVM chain with the BN254 precompiles, counted from snarkjs's
// generated PLONK verifier: the linearisation and batched opening fold 18 commitments (one ecMul and one ecAdd
// each) and one 2-pair pairing check decides. Public inputs enter through field arithmetic only (Lagrange
// evaluations), so unlike Groth16 they cost calldata but no curve operation.
import {
  CALLDATA_NONZERO_BYTE_GAS,
  EC_ADD_GAS,
  EC_MUL_GAS,
  PUBLIC_INPUT_BYTES,
  pairingCheckGas,
} from './groth16Gas';

/**
 * ecMul (and as many ecAdd) precompile calls of one PLONK verification: 9 in the linearisation commitment D,
 * 5 in the batched commitment F, 1 in the evaluation point E and 3 in the pairing inputs. Source: iden3/snarkjs
 * templates/verifier_plonk.sol.ejs (calculateD, calculateF, calculateE, checkPairing).
 */
export const PLONK_EC_MUL_COUNT = 18;
/** ecAdd precompile calls of one PLONK verification (same functions). Source: as PLONK_EC_MUL_COUNT. */
export const PLONK_EC_ADD_COUNT = 18;
/** Pairs in the final pairing check e(A1, [x]_2) = e(B1, [1]_2). Source: as PLONK_EC_MUL_COUNT (checkPairing). */
export const PLONK_PAIRING_COUNT = 2;
/**
 * Bytes of a BN254 PLONK proof: 9 G1 commitments (A, B, C, Z, T1, T2, T3, Wxi, Wxiw) and 6 evaluations, 24
 * field words. Source: as PLONK_EC_MUL_COUNT (verifyProof(uint256[24] _proof, ...)).
 */
export const PLONK_PROOF_BYTES = 24 * 32;

/**
 * Gas to verify one PLONK proof with `publicInputCount` public inputs: the 2-pair pairing check, 18 ecMul and
 * 18 ecAdd, and the calldata of the proof and inputs. Excludes the field arithmetic (a few hundred mulmods
 * at 8 gas) and, as for Groth16, the contract around the check (contractStateGas.ts).
 */
export function plonkVerificationGas(publicInputCount: number): number {
  const pairing = pairingCheckGas(PLONK_PAIRING_COUNT);
  const folding = PLONK_EC_MUL_COUNT * EC_MUL_GAS + PLONK_EC_ADD_COUNT * EC_ADD_GAS;
  const calldata = (PLONK_PROOF_BYTES + publicInputCount * PUBLIC_INPUT_BYTES) * CALLDATA_NONZERO_BYTE_GAS;
  return pairing + folding + calldata;
}
