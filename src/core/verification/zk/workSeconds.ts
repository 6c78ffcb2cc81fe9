// Prover seconds of one proof's work under one proof system, from the operation-level description: a rate per
// FLOP plus lookups in FLOP equivalents for circuit-style provers, or a sum over tensor elements for provers
// built from sumchecks and lookup arguments (zkLLM), or the padded domain of a Halo2 circuit (EZKL, ZKML), plus
// committed weights for a private model.
import type { PassOperations } from '../../privacy/operationCounts';
import { totalNonlinearCount } from '../../privacy/operationCounts';
import { halo2ProvingSeconds } from './halo2Circuit';
import type { SumcheckElementCosts, ZkProofSystem } from './types';

/** Seconds of the element-priced work: attention scores, other non-linear elements, the linear layers. */
export function elementWorkSeconds(
  costs: SumcheckElementCosts,
  operations: PassOperations,
  weightCount: number,
): number {
  const lookupS = costs.lookupSumcheckSecondsPerElement + costs.lookupOpeningSecondsPerElement;
  const scores = operations.nonlinear.softmax;
  const otherNonlinear = totalNonlinearCount(operations.nonlinear) - scores;
  const attentionS =
    scores *
    (costs.attentionLookupsPerScoreCount * lookupS +
      costs.attentionHadamardsPerScoreCount * costs.hadamardSumcheckSecondsPerElement);
  return attentionS + otherNonlinear * lookupS + weightCount * costs.linearSumcheckSecondsPerWeight;
}

/** Prover seconds of the work of one unit, before per-proof costs, parallel workers and hardware speed. */
export function proverWorkSeconds(
  system: ZkProofSystem,
  operations: PassOperations,
  weightCount: number,
  committedWeightCount: number,
): number {
  const commitS = committedWeightCount * system.secondsPerCommittedWeight;
  if (system.elementCosts) return elementWorkSeconds(system.elementCosts, operations, weightCount) + commitS;
  if (system.halo2Circuit) return halo2ProvingSeconds(system.halo2Circuit, operations, weightCount) + commitS;
  const provenFlop = operations.matmulFlop + operations.attentionFlop;
  const lookups = totalNonlinearCount(operations.nonlinear);
  return (provenFlop + lookups * system.lookupFlopEquivalentCount) * system.secondsPerFlop + commitS;
}
