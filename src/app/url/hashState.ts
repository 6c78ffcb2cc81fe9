// The app's whole shareable state as a URL hash, both ways. Format (URLSearchParams syntax):
//   #v=1&view=explore&seed=seed&x=network.rttMs&y=throughputTokensPerS&network.nodeCount=100&hide=a.b&lock=c.d
//   &scenario=intellect-1-regions&present=1&claim=petals-bloom-interactive&claimText=<base64url>
//   &cmp=1&B:network.rttMs=200
// Keys with a dot are parameter paths (only values that differ from the defaults are written); "B:" keys are
// the Compare view's configuration B, present when cmp=1. docs/app.md describes every key.
import { findMetric, METRIC_CATALOG } from '../../core/metrics/catalog';
import type { FieldError } from '../../core/params/constraints';
import { findParam, type Params } from '../../core/params/table';
import { didYouMean } from '../../core/scenario/suggest';
import { findClaimEntry } from '../claims/claimCatalog';
import { findCatalogEntry } from '../scenarios/catalog';
import { DEFAULT_VIEW_STATE, VIEW_NAMES, type ViewName, type ViewState } from '../viewState';
import { base64urlToText, textToBase64url } from './base64url';
import { B_PREFIX, constraintErrors, readParams, writeParams } from './paramKeys';

/** Version of the hash format; links with another version are refused with a clear message. */
export const HASH_FORMAT_VERSION = '1';

/** Everything a link restores. */
export interface ShareableState extends ViewState {
  params: Params;
  /** The Compare view's configuration B, or null when there is none. */
  paramsB: Params | null;
}

/** A decoded link, or the fields that made it unusable. */
export type DecodedHash = { ok: true; state: ShareableState } | { ok: false; errors: FieldError[] };

const VIEW_KEYS = new Set([
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
  'cmp',
]);
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Encodes `state` as a hash string without the leading "#". */
export function encodeHash(state: ShareableState): string {
  const query = new URLSearchParams();
  query.set('v', HASH_FORMAT_VERSION);
  query.set('view', state.view);
  query.set('seed', state.seed);
  query.set('x', state.sweepPath);
  query.set('y', state.sweepMetric);
  writeParams(query, state.params, '');
  if (state.hidden.length > 0) query.set('hide', state.hidden.join(','));
  if (state.locked.length > 0) query.set('lock', state.locked.join(','));
  if (state.scenarioId !== '') query.set('scenario', state.scenarioId);
  if (state.presenter) query.set('present', '1');
  if (state.claimId !== '') query.set('claim', state.claimId);
  if (state.claimText !== '') query.set('claimText', textToBase64url(state.claimText));
  if (state.paramsB) {
    query.set('cmp', '1');
    writeParams(query, state.paramsB, B_PREFIX);
  }
  return query.toString();
}

const pathList = (key: string, text: string | null, errors: FieldError[]): string[] => {
  if (!text) return [];
  const paths = text.split(',').filter((path) => path !== '');
  for (const path of paths) {
    if (!findParam(path)) errors.push({ path: key, message: `"${path}" is not a parameter` });
  }
  return [...new Set(paths)].sort();
};

const flag = (key: string, text: string | null, errors: FieldError[]): boolean => {
  if (text !== null && text !== '1' && text !== '0')
    errors.push({ path: key, message: `must be 1 or 0; got "${text}"` });
  return text === '1';
};

function decodeView(query: URLSearchParams, errors: FieldError[]): ViewState {
  const version = query.get('v');
  if (version !== HASH_FORMAT_VERSION) {
    errors.push({
      path: 'v',
      message: `link format "${version ?? ''}" is not supported (expected ${HASH_FORMAT_VERSION})`,
    });
  }
  const view = query.get('view') ?? DEFAULT_VIEW_STATE.view;
  if (!VIEW_NAMES.includes(view as ViewName)) {
    errors.push({ path: 'view', message: `"${view}" is not a view: use one of ${VIEW_NAMES.join(', ')}` });
  }
  const sweepPath = query.get('x') ?? DEFAULT_VIEW_STATE.sweepPath;
  if (findParam(sweepPath)?.spec.kind !== 'number') {
    errors.push({ path: 'x', message: `"${sweepPath}" is not a numeric parameter` });
  }
  const sweepMetric = query.get('y') ?? DEFAULT_VIEW_STATE.sweepMetric;
  if (!METRIC_NAME.test(sweepMetric) || !findMetric(sweepMetric))
    errors.push({
      path: 'y',
      message: `"${sweepMetric}" is not a metric${didYouMean(sweepMetric, Object.keys(METRIC_CATALOG))}; the metrics are listed in docs/metrics.md`,
    });
  const seed = query.get('seed') ?? DEFAULT_VIEW_STATE.seed;
  if (seed === '') errors.push({ path: 'seed', message: 'the seed must not be empty' });
  const scenarioId = query.get('scenario') ?? DEFAULT_VIEW_STATE.scenarioId;
  if (scenarioId !== '' && !findCatalogEntry(scenarioId)) {
    errors.push({ path: 'scenario', message: `"${scenarioId}" is not one of the app's scenarios` });
  }
  const claimId = query.get('claim') ?? DEFAULT_VIEW_STATE.claimId;
  if (claimId !== '' && !findClaimEntry(claimId)) {
    errors.push({ path: 'claim', message: `"${claimId}" is not one of the app's claim files` });
  }
  const encodedClaim = query.get('claimText');
  const decodedClaim = encodedClaim === null ? '' : base64urlToText(encodedClaim);
  if (decodedClaim === null || (encodedClaim !== null && decodedClaim === '')) {
    errors.push({ path: 'claimText', message: 'is not a claim file encoded by the app (base64url text)' });
  }
  const claimText = decodedClaim ?? '';
  return {
    view: view as ViewName,
    sweepPath,
    sweepMetric,
    seed,
    hidden: pathList('hide', query.get('hide'), errors),
    locked: pathList('lock', query.get('lock'), errors),
    scenarioId,
    presenter: flag('present', query.get('present'), errors),
    claimId,
    claimText,
  };
}

/** Decodes a hash (with or without "#"); any bad field rejects the whole link and is named in the errors. */
export function decodeHash(hash: string): DecodedHash {
  const query = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const errors: FieldError[] = [];
  const view = decodeView(query, errors);
  const entries = [...query].filter(([key]) => !VIEW_KEYS.has(key));
  const entriesB = entries.filter(([key]) => key.startsWith(B_PREFIX));
  const params = readParams(
    entries.filter(([key]) => !key.startsWith(B_PREFIX)),
    '',
    errors,
  );
  const compare = flag('cmp', query.get('cmp'), errors);
  if (!compare && entriesB.length > 0)
    errors.push({ path: 'cmp', message: 'B: parameters need cmp=1 (configuration B of the Compare view)' });
  const paramsB = compare ? readParams(entriesB, B_PREFIX, errors) : null;
  if (errors.length === 0) {
    errors.push(...constraintErrors(params, ''));
    if (paramsB) errors.push(...constraintErrors(paramsB, B_PREFIX));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, state: { ...view, params, paramsB } };
}
