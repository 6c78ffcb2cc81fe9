// `matrix`: computes the synergy matrix (src/core/matrix) and prints the 3 x 3 table with each cell's details,
// or every cell as JSON (knob, sweep values, metric values, score, rating, article rating, agreement,
// robustness, explanation). Thresholds can be changed on the command line.

import { computeMatrix } from '../../core/matrix/computeMatrix';
import { formatCellDetails, formatMatrixTable, thresholdsText } from '../../core/matrix/report';
import { DEFAULT_MATRIX_THRESHOLDS, thresholdProblems } from '../../core/matrix/scoring';
import type { MatrixThresholds } from '../../core/matrix/types';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliError } from '../errors';
import { EXIT } from '../io';
import { machineJson } from '../machineJson';

const USAGE = `Usage: sim matrix [--json] [--strong-min S] [--weak-max S] [--robust-share F] [--no-robustness]

Computes the 3 x 3 synergy matrix (rows privacy, verifiability, performance; columns decentralization,
security, scalability). Each cell sweeps a knob that moves its column's property from low to high and scores
the change of its row's metric from -1 (twice as bad or worse at -0.5) to +1; see docs/matrix.md.

Options:
  --json            every cell: knob and sweep values, metric values, score, rating, the article's rating
                    (or "not stated"), agreement, robustness runs and the explanation
  --strong-min S    score at or above which a cell is "strong" (default ${DEFAULT_MATRIX_THRESHOLDS.strongMinScore})
  --weak-max S      score at or below which a cell is "weak" (default ${DEFAULT_MATRIX_THRESHOLDS.weakMaxScore});
                    write a negative value with "=", e.g. --weak-max=-0.3
  --robust-share F  share of sensitivity runs that must keep a rating for it to be robust
                    (default ${DEFAULT_MATRIX_THRESHOLDS.robustMinShareFraction})
  --no-robustness   skip the sensitivity runs
  -h, --help        this help`;

const OPTIONS = {
  json: { type: 'boolean' },
  'strong-min': { type: 'string' },
  'weak-max': { type: 'string' },
  'robust-share': { type: 'string' },
  'no-robustness': { type: 'boolean' },
} as const;

function numberOption(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new CliError(`--${name}: must be a number; got "${text}"`);
  return value;
}

/** The matrix command. */
export const matrixCommand: Command = {
  name: 'matrix',
  summary: 'compute the 3 x 3 synergy matrix and compare it with the article (table or --json)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 0)
      throw new CliError(`matrix takes no files; got "${positionals.join(' ')}"\n\n${USAGE}`);
    const thresholds: MatrixThresholds = {
      strongMinScore: numberOption(
        'strong-min',
        values['strong-min'],
        DEFAULT_MATRIX_THRESHOLDS.strongMinScore,
      ),
      weakMaxScore: numberOption('weak-max', values['weak-max'], DEFAULT_MATRIX_THRESHOLDS.weakMaxScore),
      robustMinShareFraction: numberOption(
        'robust-share',
        values['robust-share'],
        DEFAULT_MATRIX_THRESHOLDS.robustMinShareFraction,
      ),
    };
    const problems = thresholdProblems(thresholds);
    if (problems.length > 0) throw new CliError(`invalid thresholds: ${problems.join('; ')}`);
    const result = computeMatrix({ thresholds, skipRobustness: values['no-robustness'] === true });
    if (values.json) {
      io.out(machineJson(result));
      return EXIT.ok;
    }
    const details = result.cells.map(formatCellDetails).join('\n\n');
    io.out(
      `Synergy matrix (${thresholdsText(result.thresholds)})\n\n${formatMatrixTable(result)}\n\n${details}\n`,
    );
    return EXIT.ok;
  },
};
