// Parameter group of the adversary: the malicious fraction of nodes and whether they collude.
import { flagParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

/** Who may be cheating. Used by privacy, verification and ledger security metrics. */
export const ADVERSARY_PARAMS = {
  maliciousFraction: numberParam({
    label: 'Malicious fraction',
    unit: 'fraction',
    default: 0.1,
    min: 0,
    max: 1,
    description: 'Share of nodes controlled by the adversary.',
    source: ASSUMPTION,
  }),
  colluding: flagParam({
    label: 'Adversaries collude',
    default: true,
    description: 'Whether malicious nodes coordinate (agree on a wrong answer, pool their shares).',
    source: 'docs/model/verification.md, the adversary',
  }),
} as const;
