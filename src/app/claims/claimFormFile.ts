// The claim form's data and the claim file it writes (docs/claims.md): a metric in words, at most / at least /
// about, a value in a unit people use (percent, minutes, days), the source, and the project's setup as the
// parameters of a configuration (the current one by default). The file is ordinary claim JSON, so the form and
// a hand-written file with the same content give the same check.
import { DEFAULT_CLAIM_RUN_COUNT } from '../../core/claims/schema';
import type { Params } from '../../core/params/table';
import { changedParams } from '../scenario/exploreScenarios';

/** How the claim compares the model's value with the claimed one. */
export type ClaimDirection = 'at-least' | 'at-most' | 'about';

/** The directions in words, in the order the form offers them. */
export const DIRECTION_NAMES: Readonly<Record<ClaimDirection, string>> = {
  'at-least': 'at least',
  'at-most': 'at most',
  about: 'about',
};

/** Everything the form holds; text fields stay text until the file is written. */
export interface ClaimFormFields {
  title: string;
  who: string;
  document: string;
  date: string;
  statement: string;
  metric: string;
  direction: ClaimDirection;
  valueText: string;
  /** Id of the unit the value is typed in (see valueUnits). */
  unitId: string;
  /** "About" tolerance, in percent of the claimed value. */
  tolerancePercentText: string;
  /** The whole configuration the claim describes. */
  setup: Params;
  seed: string;
  runCountText: string;
}

/** A unit a claimed value may be typed in: its factor converts to the metric's own unit. */
export interface ValueUnit {
  id: string;
  label: string;
  toMetricUnitFactor: number;
}

const SECONDS_PER_DAY = 86_400;

/** The units offered for a metric measured in `metricUnit`, the most natural first. */
export function valueUnits(metricUnit: string): ValueUnit[] {
  if (metricUnit === 'fraction')
    return [
      { id: 'percent', label: '%', toMetricUnitFactor: 0.01 },
      { id: 'fraction', label: 'as a fraction (0 to 1)', toMetricUnitFactor: 1 },
    ];
  if (metricUnit === 's')
    return [
      { id: 's', label: 'seconds', toMetricUnitFactor: 1 },
      { id: 'min', label: 'minutes', toMetricUnitFactor: 60 },
      { id: 'h', label: 'hours', toMetricUnitFactor: 3600 },
      { id: 'days', label: 'days', toMetricUnitFactor: SECONDS_PER_DAY },
    ];
  return [
    {
      id: 'metric',
      label: metricUnit === '' || metricUnit === 'count' ? '' : metricUnit,
      toMetricUnitFactor: 1,
    },
  ];
}

/** The form's starting state for the configuration `setup`: a throughput claim, values left for the user. */
export function initialClaimForm(setup: Params): ClaimFormFields {
  return {
    title: '',
    who: '',
    document: '',
    date: '',
    statement: '',
    metric: 'throughputTokensPerS',
    direction: 'at-least',
    valueText: '',
    unitId: 'metric',
    tolerancePercentText: '10',
    setup,
    seed: 'seed',
    runCountText: String(DEFAULT_CLAIM_RUN_COUNT),
  };
}

/** A problem with one form field, named by its label. */
export interface ClaimFormProblem {
  field: string;
  message: string;
}

const parseNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
};

const kebab = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

const orNotStated = (text: string) => (text.trim() === '' ? 'not stated' : text.trim());

/** The claim file the form describes, or the fields that stop it being written. */
export function claimFormDocument(
  fields: ClaimFormFields,
  metricLabel: string,
  metricUnit: string,
): { ok: true; document: Record<string, unknown> } | { ok: false; problems: ClaimFormProblem[] } {
  const problems: ClaimFormProblem[] = [];
  const typed = parseNumber(fields.valueText);
  if (typed === null)
    problems.push({ field: 'Claimed value', message: 'type a number, such as 1000 or 2.5e4' });
  const unit =
    valueUnits(metricUnit).find((entry) => entry.id === fields.unitId) ?? valueUnits(metricUnit)[0];
  const tolerancePercent = parseNumber(fields.tolerancePercentText);
  if (
    fields.direction === 'about' &&
    (tolerancePercent === null || tolerancePercent <= 0 || tolerancePercent > 100)
  )
    problems.push({ field: 'Tolerance', message: 'a percentage above 0 and at most 100' });
  const runCount = parseNumber(fields.runCountText);
  if (runCount === null) problems.push({ field: 'Draws', message: 'a whole number, such as 400' });
  if (problems.length > 0 || typed === null || runCount === null || !unit) return { ok: false, problems };
  const value = Number((typed * unit.toMetricUnitFactor).toPrecision(12));
  const valueWords = `${fields.valueText.trim()}${unit.label === '' ? '' : unit.label === '%' ? '%' : ` ${unit.label}`}`;
  const claimWords = `${metricLabel} ${DIRECTION_NAMES[fields.direction]} ${valueWords}`;
  const title = fields.title.trim() === '' ? claimWords : fields.title.trim();
  const claim =
    fields.direction === 'about'
      ? { metric: fields.metric, direction: 'about', value, toleranceFraction: (tolerancePercent ?? 0) / 100 }
      : { metric: fields.metric, direction: fields.direction, value };
  return {
    ok: true,
    document: {
      schemaVersion: 1,
      id: kebab(title) || 'my-claim',
      title,
      description:
        'Written with the claim form of the app: the setup is a configuration of the simulator, every parameter not listed at its default.',
      source: {
        who: orNotStated(fields.who),
        document: orNotStated(fields.document),
        date: orNotStated(fields.date),
        statement: fields.statement.trim() === '' ? `${claimWords}.` : fields.statement.trim(),
      },
      params: changedParams(fields.setup),
      claim,
      seed: fields.seed.trim() === '' ? 'seed' : fields.seed.trim(),
      monteCarlo: { runCount },
    },
  };
}

/** The claim file's text as the editor shows it and the download saves it. */
export function claimFormText(document: Record<string, unknown>): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** True when `text` cannot be a claim file at all (a sentence rather than a JSON object): nothing to send. */
export function looksLikeSentence(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  return trimmed !== '' && !trimmed.startsWith('{') && !trimmed.startsWith('[');
}
