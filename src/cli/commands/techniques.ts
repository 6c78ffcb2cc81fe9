// `techniques FILE`: the technique map of a scenario's base configuration (its presets and params, without
// variants or sweep, as the app imports a file): every privacy x verification combination the rules allow,
// with throughput, data exposure, detection, the trust each rests on and the Pareto frontier. The same core
// function as the app's Technique map view, so both show the same rows.
import { formatPercentText, formatQuantity } from '../../core/format/readable';
import { humaniseMessage } from '../../core/names/humanise';
import { optionName } from '../../core/names/optionNames';
import { baseParams } from '../../core/scenario/baseParams';
import { techniqueMapToCsv } from '../../core/techniqueMap/serialize';
import { type TechniqueMap, techniqueMap } from '../../core/techniqueMap/techniqueMap';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliError, formatFieldErrors } from '../errors';
import { EXIT } from '../io';
import { loadScenarioFile } from '../load';
import { machineJson } from '../machineJson';
import { parseSetOptions } from '../setOptions';

const USAGE = `Usage: sim techniques FILE [--json | --csv] [--set path=value]...

For the job, model, hardware and network of a scenario file (its presets and params; variants and sweep are
ignored), evaluates every privacy x verification combination the cross-field rules allow and prints each
one's throughput, data exposure probability, detection probability and whether it is Pareto-optimal
(no other combination is at least as good on all three and better on one). DP-SGD layered on top is off.

Options:
  --json            { points: [...], refused: [...] }: every column below, and the refused combinations
                    with the rules' messages
  --csv             one line per evaluated combination
  --set path=value  override a parameter (repeatable), as for "run"
  -h, --help        this help`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  set: { type: 'string', multiple: true },
} as const;

function readableTable(map: TechniqueMap): string {
  const lines = [...map.points]
    .sort((a, b) => b.throughputTokensPerS - a.throughputTokensPerS)
    .map((point) => {
      const name = `${optionName('privacy.technique', point.privacyTechnique)} + ${optionName('verification.technique', point.verificationTechnique)}`;
      const throughput = formatQuantity(point.throughputTokensPerS, 'tokens/s');
      return `${point.paretoOptimal ? '*' : ' '} ${name.padEnd(62)} ${throughput.padStart(18)}  exposure ${formatPercentText(point.privacyExposureProbabilityFraction).padStart(8)}  caught ${formatPercentText(point.detectionProbabilityFraction).padStart(8)}`;
    });
  const refused = map.refused.map(
    (item) =>
      `  ${optionName('privacy.technique', item.privacyTechnique)} + ${optionName('verification.technique', item.verificationTechnique)}: ${item.reasons.map(humaniseMessage).join(' ')}`,
  );
  const refusedText = refused.length > 0 ? `\nNot possible for this job:\n${refused.join('\n')}\n` : '';
  return `* = Pareto-optimal (throughput, exposure, detection)\n${lines.join('\n')}\n${refusedText}`;
}

/** The techniques command. */
export const techniquesCommand: Command = {
  name: 'techniques',
  summary: 'every privacy x verification combination for a scenario’s job (table, --json or --csv)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1)
      throw new CliError(`techniques needs exactly one scenario file\n\n${USAGE}`);
    if (values.json && values.csv) throw new CliError('choose one of --json and --csv');
    const file = positionals[0] ?? '';
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new CliError(formatFieldErrors(file, loaded.errors).trimEnd());
    const map = techniqueMap(baseParams(loaded.scenario, parseSetOptions(values.set ?? [])));
    if (values.json) io.out(machineJson(map));
    else if (values.csv) io.out(techniqueMapToCsv(map));
    else io.out(readableTable(map));
    return EXIT.ok;
  },
};
