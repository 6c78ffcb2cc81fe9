// The app's whole shareable state as a URL hash, both ways. Format (URLSearchParams syntax):
//   #v=1&view=explore&seed=seed&x=network.rttMs&y=throughputTokensPerS&network.nodeCount=100&hide=a.b&lock=c.d
//   &scenario=intellect-1-regions (only when a scenario is open)
// Keys with a dot are parameter paths (only values that differ from the defaults are written).
import { type FieldError, paramConstraintErrors } from '../../core/params/constraints';
import {
  defaultParams,
  findParam,
  getParam,
  PARAMETER_ROWS,
  type Params,
  setParam,
} from '../../core/params/table';
import { parseParamText, valueToText } from '../params/parseValue';
import { findCatalogEntry } from '../scenarios/catalog';
import { DEFAULT_VIEW_STATE, VIEW_NAMES, type ViewName, type ViewState } from '../viewState';

/** Version of the hash format; links with another version are refused with a clear message. */
export const HASH_FORMAT_VERSION = '1';

/** Everything a link restores. */
export interface ShareableState extends ViewState {
  params: Params;
}

/** A decoded link, or the fields that made it unusable. */
export type DecodedHash = { ok: true; state: ShareableState } | { ok: false; errors: FieldError[] };

const VIEW_KEYS = new Set(['v', 'view', 'seed', 'x', 'y', 'hide', 'lock', 'scenario']);
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Encodes `state` as a hash string without the leading "#". */
export function encodeHash(state: ShareableState): string {
  const query = new URLSearchParams();
  query.set('v', HASH_FORMAT_VERSION);
  query.set('view', state.view);
  query.set('seed', state.seed);
  query.set('x', state.sweepPath);
  query.set('y', state.sweepMetric);
  const defaults = defaultParams();
  for (const row of PARAMETER_ROWS) {
    const value = getParam(state.params, row.path);
    if (value !== undefined && value !== getParam(defaults, row.path))
      query.set(row.path, valueToText(value));
  }
  if (state.hidden.length > 0) query.set('hide', state.hidden.join(','));
  if (state.locked.length > 0) query.set('lock', state.locked.join(','));
  if (state.scenarioId !== '') query.set('scenario', state.scenarioId);
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
  if (!METRIC_NAME.test(sweepMetric))
    errors.push({ path: 'y', message: `"${sweepMetric}" is not a metric name` });
  const seed = query.get('seed') ?? DEFAULT_VIEW_STATE.seed;
  if (seed === '') errors.push({ path: 'seed', message: 'the seed must not be empty' });
  const scenarioId = query.get('scenario') ?? DEFAULT_VIEW_STATE.scenarioId;
  if (scenarioId !== '' && !findCatalogEntry(scenarioId)) {
    errors.push({ path: 'scenario', message: `"${scenarioId}" is not one of the app's scenarios` });
  }
  return {
    view: view as ViewName,
    sweepPath,
    sweepMetric,
    seed,
    hidden: pathList('hide', query.get('hide'), errors),
    locked: pathList('lock', query.get('lock'), errors),
    scenarioId,
  };
}

/** Decodes a hash (with or without "#"); any bad field rejects the whole link and is named in the errors. */
export function decodeHash(hash: string): DecodedHash {
  const query = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const errors: FieldError[] = [];
  const view = decodeView(query, errors);
  let params = defaultParams();
  for (const [key, text] of query) {
    if (VIEW_KEYS.has(key)) continue;
    const row = findParam(key);
    if (!row) {
      errors.push({ path: key, message: `"${key}" is not a parameter` });
      continue;
    }
    const parsed = parseParamText(row, text);
    if (parsed.ok) params = setParam(params, key, parsed.value);
    else errors.push({ path: key, message: `${row.spec.label} ${parsed.message}` });
  }
  if (errors.length === 0) errors.push(...paramConstraintErrors(params));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, state: { ...view, params } };
}
