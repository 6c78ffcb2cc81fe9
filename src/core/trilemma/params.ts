// Parameters of the trilemma metrics (group `trilemma`): who owns the nodes, what share an attacker must
// control, and what breach probability still counts as "tolerated".
import { choiceParam, numberParam } from '../params/spec';

/** Ownership distribution and security targets. */
export const TRILEMMA_PARAMS = {
  ownershipDistribution: choiceParam({
    label: 'Node ownership',
    options: ['equal', 'zipf'] as const,
    default: 'zipf',
    description:
      'How nodes are spread over operators: equal shares, or a Zipf law where the i-th largest operator owns a share proportional to 1 / i^s.',
    source:
      'docs/model/verification.md, trilemma metrics; Zipf-like concentration of mining pools and staking providers (assumption)',
  }),
  nodesPerOperatorRatio: numberParam({
    label: 'Nodes per operator',
    unit: 'ratio',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    description: 'Average nodes each independent operator runs; operators = nodes / this (at least 1).',
    source: 'assumption: 1 means every node is run by a different operator',
  }),
  zipfExponentRatio: numberParam({
    label: 'Ownership concentration s',
    unit: 'ratio',
    default: 1,
    min: 0,
    max: 4,
    description: 'Exponent of the Zipf ownership law; 0 is equal shares, larger is more concentrated.',
    source: 'assumption: s = 1 is the classic Zipf law',
  }),
  nakamotoThresholdFraction: numberParam({
    label: 'Control threshold',
    unit: 'fraction',
    default: 0.5,
    min: 0.01,
    max: 1,
    description:
      'Share of nodes a coalition must hold to control the network (1/2 for majority rules, 1/3 to stall BFT).',
    source: 'Srinivasan and Lee 2017, "Quantifying Decentralization" (Nakamoto coefficient)',
  }),
  acceptableBreachProbabilityFraction: numberParam({
    label: 'Acceptable breach probability',
    unit: 'fraction',
    default: 0.01,
    min: 1e-9,
    max: 0.5,
    scale: 'log',
    description:
      'The largest adversary fraction "tolerated" is the largest at which the chance of a privacy or integrity breach stays at or below this.',
    source: 'assumption',
  }),
} as const;
