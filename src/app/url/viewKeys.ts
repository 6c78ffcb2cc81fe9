// The view settings of a link (everything but the parameter sets), read field by field: a key that is absent
// means its default, a bad key is named in the errors and keeps the value it had before (the last good state).

import { findMetric, METRIC_CATALOG } from '../../core/metrics/catalog';
import type { FieldError } from '../../core/params/constraints';
import { findParam } from '../../core/params/table';
import { MAX_NAME_CHARS, showText } from '../../core/scenario/limits';
import { didYouMean } from '../../core/scenario/suggest';
import { findClaimEntry } from '../claims/claimCatalog';
import { findCatalogEntry } from '../scenarios/catalog';
import { DEFAULT_VIEW_STATE, VIEW_NAMES, type ViewName, type ViewState } from '../viewState';
import { base64urlToText, textToBase64url } from './base64url';
import { pathListText, readPathList } from './fixedPaths';

/** The keys of the view settings. */
export const VIEW_KEYS: ReadonlySet<string> = new Set([
  'v',
  'view',
  'seed',
  'x',
  'y',
  'hide',
  'lock',
  'scenario',
  'present',
  'claim',
  'claimText',
  'p',
  'sweepLocked',
]);
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Writes the view settings that differ from the defaults into `query`. */
export function writeView(query: URLSearchParams, state: ViewState): void {
  const defaults = DEFAULT_VIEW_STATE;
  if (state.participant) query.set('p', '1');
  if (state.view !== defaults.view) query.set('view', state.view);
  if (state.seed !== defaults.seed) query.set('seed', state.seed);
  if (state.sweepPath !== defaults.sweepPath) query.set('x', state.sweepPath);
  if (state.sweepMetric !== defaults.sweepMetric) query.set('y', state.sweepMetric);
  if (state.hidden.length > 0) query.set('hide', pathListText(state.hidden));
  if (state.locked.length > 0) query.set('lock', pathListText(state.locked));
  if (state.sweepLocked) query.set('sweepLocked', '1');
  if (state.scenarioId !== '') query.set('scenario', state.scenarioId);
  if (state.presenter) query.set('present', '1');
  if (state.claimId !== '') query.set('claim', state.claimId);
  if (state.claimText !== '') query.set('claimText', textToBase64url(state.claimText));
}

/** Reads a 1/0 flag (absent: off); a bad one is named and keeps `fallback`. */
export function readFlag(key: string, text: string | null, fallback: boolean, errors: FieldError[]): boolean {
  if (text === null) return false;
  if (text === '1' || text === '0') return text === '1';
  errors.push({ path: key, message: `must be 1 or 0; got ${showText(text)}` });
  return fallback;
}

/** One field: its text checked by `problem` (null when fine); absent gives the default, bad gives `base`'s. */
function field<K extends keyof ViewState>(
  query: URLSearchParams,
  key: string,
  name: K,
  base: ViewState,
  errors: FieldError[],
  problem: (text: string) => string | null,
): ViewState[K] {
  const text = query.get(key);
  if (text === null) return DEFAULT_VIEW_STATE[name];
  const message = problem(text);
  if (message === null) return text as ViewState[K];
  errors.push({ path: key, message });
  return base[name];
}

/** The view settings of `query`; bad fields keep `base`'s values and are named in `errors`. */
export function readView(query: URLSearchParams, base: ViewState, errors: FieldError[]): ViewState {
  const encodedClaim = query.get('claimText');
  const decodedClaim = encodedClaim === null ? '' : base64urlToText(encodedClaim);
  let claimText = decodedClaim ?? base.claimText;
  if (decodedClaim === null || (encodedClaim !== null && decodedClaim === '')) {
    errors.push({ path: 'claimText', message: 'is not a claim file encoded by the app (base64url text)' });
    claimText = base.claimText;
  }
  return {
    view: field(query, 'view', 'view', base, errors, (view) =>
      VIEW_NAMES.includes(view as ViewName)
        ? null
        : `${showText(view)} is not a view: use one of ${VIEW_NAMES.join(', ')}`,
    ),
    sweepPath: field(query, 'x', 'sweepPath', base, errors, (path) =>
      findParam(path)?.spec.kind === 'number' ? null : `${showText(path)} is not a numeric parameter`,
    ),
    sweepMetric: field(query, 'y', 'sweepMetric', base, errors, (metric) =>
      METRIC_NAME.test(metric) && findMetric(metric)
        ? null
        : `${showText(metric)} is not a metric${didYouMean(metric, Object.keys(METRIC_CATALOG))}; the metrics are listed in docs/metrics.md`,
    ),
    seed: field(query, 'seed', 'seed', base, errors, (seed) =>
      seed === ''
        ? 'the seed must not be empty'
        : seed.length > MAX_NAME_CHARS
          ? `must be at most ${MAX_NAME_CHARS} characters; got ${showText(seed)}`
          : null,
    ),
    hidden: readPathList('hide', query.get('hide'), errors),
    locked: readPathList('lock', query.get('lock'), errors),
    scenarioId: field(query, 'scenario', 'scenarioId', base, errors, (id) =>
      id === '' || findCatalogEntry(id) ? null : `${showText(id)} is not one of the app's scenarios`,
    ),
    presenter: readFlag('present', query.get('present'), base.presenter, errors),
    claimId: field(query, 'claim', 'claimId', base, errors, (id) =>
      id === '' || findClaimEntry(id) ? null : `${showText(id)} is not one of the app's claim files`,
    ),
    claimText,
    participant: readFlag('p', query.get('p'), base.participant, errors),
    sweepLocked: readFlag('sweepLocked', query.get('sweepLocked'), base.sweepLocked, errors),
  };
}
