// The verification group of the parameter table: how results are checked. Technique-specific groups are
// declared beside each technique and collected in table.ts.
import { choiceParam } from '../params/spec';

/** Which verification technique the job uses. */
export const VERIFICATION_PARAMS = {
  technique: choiceParam({
    label: 'Verification technique',
    options: ['none'] as const,
    default: 'none',
    description: 'How the network checks that nodes computed what they claim.',
    source: 'MODEL.md section 5',
  }),
} as const;
