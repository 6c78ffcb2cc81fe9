// Parameter group of the ledger coordinating the job (chain constants live in src/core/ledger/presets.ts).
import { choiceParam, flagParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';
import { LEDGER_COMMITTEE_PARAMS } from './ledgerCommittee';
import { LEDGER_VERIFIER_CONTRACT_PARAMS } from './ledgerVerifierContract';

/** The ledger coordinating the job. Chain constants live in src/core/ledger/presets. */
export const LEDGER_PARAMS = {
  kind: choiceParam({
    label: 'Ledger',
    options: ['none', 'ethereum-l1', 'rollup', 'fast-l1', 'bft'] as const,
    default: 'none',
    description: 'The chain that records commitments or verifies proofs for the job.',
    source: 'docs/model/ledger-and-limits.md',
  }),
  stepsPerSettlementCount: numberParam({
    label: 'Steps per on-chain settlement',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e9,
    scale: 'log',
    integer: true,
    description: 'How many steps (training) or tokens (inference) pass between on-chain operations.',
    source: ASSUMPTION,
  }),
  operationsPerSettlementCount: numberParam({
    label: 'Operations per settlement',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description:
      'On-chain operations each settlement needs (for example one per node that commits a result).',
    source: ASSUMPTION,
  }),
  gasPerOperation: numberParam({
    label: 'Gas per operation',
    unit: 'gas',
    default: 21000,
    min: 21000,
    max: 3e7,
    scale: 'log',
    description:
      'Gas of one on-chain operation: 21,000 for a plain transfer, about 200-300k to verify a Groth16 proof.',
    source: 'ethereum.org gas documentation; EIP-1108 (Groth16 verification about 200-210k gas)',
  }),
  operationKind: choiceParam({
    label: 'On-chain operation',
    options: ['custom-gas', 'groth16-verification', 'plonk-verification'] as const,
    default: 'custom-gas',
    description:
      'custom-gas: each operation costs "Gas per operation"; groth16-verification / plonk-verification: each operation verifies a Groth16 or a PLONK (KZG) proof, its gas computed from the EIP-1108 precompile prices (PLONK: 18 ecMul, 18 ecAdd and a 2-pair pairing as in snarkjs’s verifier), plus the contract around it (the verifier* counts).',
    source:
      'EIP-1108 (pairing 45,000 + 34,000 per pair; ecMul 6,000; ecAdd 150); EIP-2028 calldata; iden3/snarkjs templates/verifier_plonk.sol.ejs',
  }),
  groth16PublicInputCount: numberParam({
    label: 'Public inputs of the proof',
    unit: 'count',
    default: 3,
    min: 0,
    max: 1000,
    integer: true,
    description:
      'Public inputs of the proof: a Groth16 verifier folds each in with one ecMul and one ecAdd; a PLONK verifier pays only their calldata (groth16-verification and plonk-verification).',
    source: 'assumption: a commitment to the model, to the input and to the output',
  }),
  ...LEDGER_VERIFIER_CONTRACT_PARAMS,
  waitForFinality: flagParam({
    label: 'Wait for finality',
    default: false,
    description: 'Whether each settlement blocks the job until the chain finalises it.',
    source: 'docs/model/ledger-and-limits.md',
  }),
  blockSpaceShareFraction: numberParam({
    label: 'Share of block space the job may use',
    unit: 'fraction',
    default: 1,
    min: 0.001,
    max: 1,
    scale: 'log',
    description:
      'Share of each block the job can fill; 1 is the upper bound of a job that outbids every other user of the chain.',
    source:
      'assumption: 1 gives the chain-capacity bound of docs/model/ledger-and-limits.md; lower it for a shared chain',
  }),
  bftProtocol: choiceParam({
    label: 'BFT protocol',
    options: ['pbft', 'tendermint', 'hotstuff', 'dag', 'certified-dag'] as const,
    default: 'pbft',
    description:
      'pbft and tendermint: all-to-all voting, 3 one-way delays, about 2n^2 messages per decision; hotstuff: votes through a leader, 7 one-way delays, about 7n messages; dag (uncertified, Mysticeti-C): every validator broadcasts its own block each round (a round per quorum delay), 3 one-way delays to commit the block of a leader slot and one round more for the others, n^2 small messages, block dissemination spread over all validators; certified-dag (Narwhal rounds ordered by Bullshark): each block certified by a consistent broadcast (3 delays per round, 3 n^2 messages), 10.5 one-way delays to commit on average. Leader-based protocols also pay the proposer uploading each block to n - 1 validators; all pay a signature check per received vote.',
    source:
      'Castro and Liskov, PBFT (OSDI 1999); Buchman et al., Tendermint (arXiv 1807.04938); Yin et al., HotStuff (PODC 2019); Danezis et al., Narwhal and Tusk (EuroSys 2022); Babel et al., Mysticeti (arXiv 2310.14821); Arun et al., Shoal++ (arXiv 2405.20488)',
  }),
  bftValidatorCount: numberParam({
    label: 'BFT validators',
    unit: 'count',
    default: 100,
    min: 4,
    max: 10000,
    scale: 'log',
    integer: true,
    description: 'Committee size for the BFT ledger; sets message growth (n^2 for PBFT, n for HotStuff).',
    source: 'docs/model/ledger-and-limits.md',
  }),
  ...LEDGER_COMMITTEE_PARAMS,
  gasPriceGwei: numberParam({
    label: 'Gas price',
    unit: 'gwei',
    default: 10,
    min: 0,
    max: 10000,
    description: 'Price of one unit of gas in gwei (1e-9 of the native token).',
    source: 'assumption: a moderate Ethereum L1 base fee',
  }),
  tokenPriceUsd: numberParam({
    label: 'Native token price',
    unit: 'USD',
    default: 3000,
    min: 0,
    max: 1e6,
    description: 'Price of the chain’s native token, to turn gas into dollars.',
    source: 'assumption: order of the 2024-2025 ETH price',
  }),
} as const;
