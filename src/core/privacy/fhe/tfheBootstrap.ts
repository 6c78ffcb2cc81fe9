// TFHE: the cost of one keyswitch plus programmable bootstrap (KS-PBS) by the precision of the looked-up value.
// Mechanism: TFHE-rs chooses a parameter set per precision (larger polynomial size and more decomposition
// levels as the precision grows) and its parameter optimizer states the algorithmic cost of one KS-PBS with
// those parameters. Time on one CPU core is that cost times one measured seconds-per-cost-unit rate, so the
// steep growth with bit width (about x8 per 2 bits up to 6, x13 from 6 to 8) comes from the parameters, not
// from a curve through the timings.
import { pow } from '../../math/index';

/** One TFHE-rs parameter set: total precision (message plus carry bits) and its stated KS-PBS cost. */
export interface TfheParameterSet {
  precisionBits: number;
  /** The parameter optimizer's algorithmic cost of one KS-PBS (its own unit; proportional to operations). */
  algorithmicCostUnits: number;
}

/**
 * TFHE-rs v1.4 parameter sets PARAM_MESSAGE_{1..4}_CARRY_{1..4}_KS_PBS_TUNIFORM_2M128 (p-fail 2^-128), the
 * "algorithmic cost" in their doc comments: 67, 113, 900, 11,860 (tfhe/src/shortint/parameters/v1_4/classic/
 * tuniform/p_fail_2_minus_128/ks_pbs.rs; polynomial sizes 512 x 5, 2048 x 2, 8192 x 2, 65536 x 2 GLWE
 * coefficients with 1, 1, 2, 3 PBS levels).
 */
export const TFHE_RS_PARAMETER_SETS: readonly TfheParameterSet[] = [
  { precisionBits: 2, algorithmicCostUnits: 67 },
  { precisionBits: 4, algorithmicCostUnits: 113 },
  { precisionBits: 6, algorithmicCostUnits: 900 },
  { precisionBits: 8, algorithmicCostUnits: 11860 },
];

/** Precision of the calibration point below: the 4-bit (message 2, carry 2) default parameter set. */
const CALIBRATION_PRECISION_BITS = 4;
/** TFHE-rs KS-PBS at 4 bits on one core of an AWS hpc7a.96xlarge (AMD EPYC 9R14), seconds (fhe-tfhe-primitives). */
const CALIBRATION_KS_PBS_S = 15.6e-3;

function costAt(precisionBits: number): number {
  const sets = TFHE_RS_PARAMETER_SETS;
  const first = sets[0];
  const last = sets[sets.length - 1];
  if (!first || !last) throw new Error('TFHE_RS_PARAMETER_SETS is empty');
  if (precisionBits <= first.precisionBits) return first.algorithmicCostUnits;
  for (let index = 1; index < sets.length; index += 1) {
    const low = sets[index - 1];
    const high = sets[index];
    if (!low || !high || precisionBits > high.precisionBits) continue;
    const share = (precisionBits - low.precisionBits) / (high.precisionBits - low.precisionBits);
    return low.algorithmicCostUnits * pow(high.algorithmicCostUnits / low.algorithmicCostUnits, share);
  }
  // Beyond the largest set: keep growing at the last interval's rate per bit.
  const beforeLast = sets[sets.length - 2] ?? first;
  const growthPerBit = pow(
    last.algorithmicCostUnits / beforeLast.algorithmicCostUnits,
    1 / (last.precisionBits - beforeLast.precisionBits),
  );
  return last.algorithmicCostUnits * pow(growthPerBit, precisionBits - last.precisionBits);
}

/**
 * Seconds of one KS-PBS cost unit on one CPU core: the 4-bit KS-PBS time over its stated cost. Fitted to the
 * fhe-tfhe-primitives 4-bit figure; the 2-, 6- and 8-bit times are predictions from the parameter sets.
 */
export const TFHE_CPU_SECONDS_PER_COST_UNIT = CALIBRATION_KS_PBS_S / costAt(CALIBRATION_PRECISION_BITS);

/**
 * Algorithmic cost of one KS-PBS at `precisionBits` (geometric between the TFHE-rs parameter sets, flat below
 * the smallest, extrapolated at the last interval's rate above the largest). Never decreases with precision.
 */
export function tfheKsPbsCostUnits(precisionBits: number): number {
  return costAt(precisionBits);
}

/** Seconds of one KS-PBS at `precisionBits` on one CPU core. */
export function tfheBootstrapSeconds(precisionBits: number): number {
  return costAt(precisionBits) * TFHE_CPU_SECONDS_PER_COST_UNIT;
}
