// Catalog entries of the metrics privacy techniques report (spread into the metric catalog for labels and
// units). The first five are reported by every technique; docs/model/privacy.md gives the equations.
import type { MetricDefinition } from '../metrics/types';
import { PRIVACY_TECHNIQUE_LIST } from './techniques';

const privacy = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'privacy' });

/** Metrics a technique declares in its own definition (technique.ts), by name. */
const DECLARED_METRICS: Readonly<Record<string, MetricDefinition>> = Object.assign(
  {},
  ...PRIVACY_TECHNIQUE_LIST.map((technique) => ('metrics' in technique ? technique.metrics : {})),
);

/** Privacy metrics, by name. */
export const PRIVACY_METRICS: Readonly<Record<string, MetricDefinition>> = {
  ...DECLARED_METRICS,
  privacyExposureProbabilityFraction: privacy(
    'Data exposure probability',
    'fraction',
    'Probability that a given record (or something invertible from it) reaches the adversary at the configured malicious fraction.',
    'lower',
  ),
  membershipAdvantageBoundFraction: privacy(
    'Membership-inference advantage bound',
    'fraction',
    'Upper bound on an attacker’s advantage in telling whether a record was in the training set: (e^ε − 1 + 2δ)/(e^ε + 1) with DP, 1 (no bound) without.',
    'lower',
  ),
  accuracyLossFraction: privacy(
    'Accuracy loss',
    'fraction',
    'Accuracy the protection costs (DP noise, FHE quantisation), on the task’s 0-1 accuracy scale; 0 where none is published.',
    'lower',
  ),
  privacySlowdownRatio: privacy(
    'Privacy slowdown',
    'ratio',
    'Throughput without the technique over throughput with it: (plain step + privacy terms) / plain step × resource multiple.',
    'lower',
  ),
  privacyThroughputLossFraction: privacy(
    'Privacy throughput loss',
    'fraction',
    'Share of throughput the technique costs: 1 − 1 / privacy slowdown (the TEE benchmarks’ “overhead”).',
    'lower',
  ),
  privacyTrafficBytesPerNodePerStep: privacy(
    'Privacy traffic',
    'bytes',
    'Extra bytes each node sends per step for the technique (masked updates, shares, ciphertexts).',
    'lower',
  ),
  dpSlowdownFactor: privacy(
    'DP-SGD compute slowdown',
    'ratio',
    'Per-example clipping cost of the chosen DP-SGD implementation, as a multiple of plain compute.',
    'lower',
  ),
  dpSpeedupOverBaselineRatio: privacy(
    'DP-SGD speedup over the compared implementation',
    'ratio',
    'Compute slowdown of dp.baselineImplementation over that of the chosen implementation on the same job.',
    'higher',
  ),
  dpAccuracyFraction: privacy(
    'Accuracy under DP',
    'fraction',
    'The non-private accuracy (dp.nonPrivateAccuracyFraction) minus the DP accuracy loss.',
    'higher',
  ),
  secureAggregationUploadExpansionRatio: privacy(
    'Secure-aggregation upload expansion',
    'ratio',
    'Bytes a client uploads with secure aggregation over a plain upload (Bonawitz et al. 2017).',
    'lower',
  ),
  teeEncryptedBytesPerNodePerStep: privacy(
    'TEE encrypted bytes',
    'bytes',
    'Bytes per step that leave a GPU package and are encrypted in confidential-computing mode.',
    'lower',
  ),
  teeModelLoadSlowdownRatio: privacy(
    'TEE model-load slowdown',
    'ratio',
    'Time to load the weights onto a GPU in confidential mode over the time without it: host-side work (tee.plainModelLoadSeconds less the copy) is unchanged, only the host-to-device copy runs at the encrypted rate.',
    'lower',
  ),
  teeModelSwapThroughputRatio: privacy(
    'TEE model-swap throughput ratio',
    'ratio',
    'Plain over confidential throughput of a server that swaps models through its GPU: the plain share of time spent loading weights (tee.modelSwapLoadShareFraction) stretched by the model-load slowdown.',
    'lower',
  ),
  teeHostToDeviceRateRatio: privacy(
    'TEE host-to-device copy rate',
    'ratio',
    'Encrypted over plain host-to-device copy rate in the confidential-computing mode.',
    'higher',
  ),
  teeSecondsPerCrossing: privacy(
    'TEE cost per CPU-GPU crossing',
    's',
    'Fixed cost of one CPU-GPU crossing in the confidential-computing mode (0 for CPU modes).',
    'lower',
  ),
  securePassTimeS: privacy(
    'Secure computation time per unit',
    's',
    'MPC or FHE time of one unit: one inference request (prompt and generated tokens) or one training step of one node.',
    'lower',
  ),
  securePassTrafficBytes: privacy(
    'Secure computation traffic per unit',
    'bytes',
    'Bytes exchanged by MPC parties (all parties) or sent as FHE ciphertexts for one unit.',
    'lower',
  ),
  mpcRoundCount: privacy(
    'MPC communication rounds',
    'count',
    'Sequential message rounds of one unit under the MPC protocol.',
    'lower',
  ),
  mpcNonlinearElementCount: privacy(
    'Non-linear elements',
    'count',
    'GeLU, softmax and LayerNorm inputs of one unit; each costs the protocol’s bytes per element.',
    'neither',
  ),
  mpcRoundTripShareFraction: privacy(
    'Share of MPC time in round trips',
    'fraction',
    'Rounds × round trip divided by the unit’s whole MPC time (high over WAN).',
    'neither',
  ),
  mpcComputeS: privacy(
    'MPC compute per unit',
    's',
    'Local computation on shares of one unit on the protocol’s measured hardware (linear layers and non-linear evaluation).',
    'lower',
  ),
  mpcSpeedupOverBaselineRatio: privacy(
    'MPC speedup over the baseline protocol',
    'ratio',
    'Secure time of one unit under mpc.baselineProtocol over its time under the chosen protocol, same job and network.',
    'higher',
  ),
  mpcTrafficReductionOverBaselineRatio: privacy(
    'MPC traffic reduction over the baseline protocol',
    'ratio',
    'Bytes of one unit under mpc.baselineProtocol over bytes under the chosen protocol.',
    'higher',
  ),
  fheBootstrapS: privacy(
    'TFHE keyswitch-plus-bootstrap time',
    's',
    'One keyswitch plus programmable bootstrap (a TFHE table lookup) at the configured message bit width on one CPU core.',
    'lower',
  ),
  fheIntegerOpS: privacy(
    'TFHE integer operation time on GPUs',
    's',
    'Latency of fhe.integerOperation on two encrypted fhe.integerBitWidthCount-bit integers on the node’s GPUs (H100 per-layer constants): its bootstrap layers, each split over the GPUs.',
    'lower',
  ),
};
