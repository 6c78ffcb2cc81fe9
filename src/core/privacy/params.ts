// The privacy group of the parameter table: which technique protects the data. Technique-specific groups
// (epsilon, parties, ...) are declared beside each technique and collected in table.ts.
import { choiceParam } from '../params/spec';

/** Which privacy technique the job uses. */
export const PRIVACY_PARAMS = {
  technique: choiceParam({
    label: 'Privacy technique',
    options: ['none'] as const,
    default: 'none',
    description: 'How the data is protected from the nodes that process it.',
    source: 'MODEL.md section 4',
  }),
} as const;
