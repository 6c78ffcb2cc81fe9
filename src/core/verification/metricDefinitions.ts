// Catalog entries of the metrics verification techniques report (spread into the metric catalog). The first
// nine are reported by every technique; docs/model/verification.md gives the equations.
import type { MetricDefinition } from '../metrics/types';

const verifiability = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'verifiability' });

/** Verification metrics, by name. */
export const VERIFICATION_METRICS: Readonly<Record<string, MetricDefinition>> = {
  detectionProbabilityFraction: verifiability(
    'Detection probability',
    'fraction',
    'Probability that a wrong result a cheating node submits is caught.',
    'higher',
  ),
  acceptedBadResultProbabilityFraction: verifiability(
    'Accepted wrong results',
    'fraction',
    'Probability that a given accepted result is wrong at the configured adversary (replication: f^k when colluding).',
    'lower',
  ),
  falseAlarmProbabilityFraction: verifiability(
    'False alarms',
    'fraction',
    'Probability that an honest result is flagged (GPU nondeterminism under exact comparison).',
    'lower',
  ),
  timeToFinalResultS: verifiability(
    'Time to a final result',
    's',
    'Delay after a result is computed until it is final under the technique: proving and verifying, or the challenge window (ledger not included).',
    'lower',
  ),
  verificationResourceRatio: verifiability(
    'Verification hardware multiple',
    'ratio',
    'Hardware the technique needs over the job alone (k replicas: k; audits at rate s: 1 + s).',
    'lower',
  ),
  verificationTrafficBytesPerNodePerStep: verifiability(
    'Verification traffic',
    'bytes',
    'Extra bytes each node sends per step (proofs, commitments).',
    'lower',
  ),
  cheatGainUsd: verifiability(
    'Gain from one cheat',
    'USD',
    'GPU cost a node saves by not computing one step, plus any outside gain.',
    'neither',
  ),
  expectedCheatGainUsd: verifiability(
    'Expected gain from cheating',
    'USD',
    '(1 − detection) × gain − detection × stake lost; cheating pays when positive.',
    'lower',
  ),
  cheatingPaysFlag: verifiability(
    'Cheating pays',
    'flag',
    '1 when the expected gain from cheating is positive, else 0.',
    'lower',
  ),
  detectionOverRepeatedCheatsFraction: verifiability(
    'Caught over repeated cheats',
    'fraction',
    'Probability a node cheating spotCheck.cheatAttemptCount times is caught at least once: 1 − (1 − s)^m.',
    'higher',
  ),
  challengeWindowS: verifiability(
    'Challenge window',
    's',
    'Time during which a result may be challenged by a fraud proof.',
    'lower',
  ),
  provingTimeS: verifiability(
    'Proving time',
    's',
    'Time for a node to prove one unit (an inference request, or a training step) from its FLOP, lookups and committed weights at the proof system’s rates.',
    'lower',
  ),
  proofSizeBytes: verifiability(
    'Proof size',
    'bytes',
    'Size of the proof of one unit (all layer proofs for layer-wise systems).',
    'lower',
  ),
  zkVerifyTimeS: verifiability('Proof verification time', 's', 'Time to check one proof off chain.', 'lower'),
  onChainVerifyGas: verifiability(
    'On-chain verification gas',
    'gas',
    'Gas to verify one proof on an EVM chain (a Groth16 wrapper when the proof is not natively verifiable).',
    'lower',
  ),
  provenFlopPerS: verifiability(
    'Proving rate',
    'FLOP/s',
    'Model FLOP proven per second by one node’s provers.',
    'higher',
  ),
  zkSpeedupOverBaselineRatio: verifiability(
    'Proving speedup over the baseline system',
    'ratio',
    'Proving time of one unit under zk.baselineProofSystem over its time under the chosen proof system.',
    'higher',
  ),
  commitmentBytesPer32Tokens: verifiability(
    'Commitment size',
    'bytes',
    'Bytes of hash commitment per 32 generated tokens (TOPLOC).',
    'lower',
  ),
  validationTimeFractionOfGeneration: verifiability(
    'Validation cost',
    'fraction',
    'Time to validate a committed output by one parallel prefill over the time to generate it by decoding (TOPLOC: validation up to 100x faster).',
    'lower',
  ),
  validationSpeedupOverGenerationRatio: verifiability(
    'Validation speedup',
    'ratio',
    'Time to generate a committed output over the time to validate it by one parallel prefill.',
    'higher',
  ),
};
