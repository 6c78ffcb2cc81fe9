// The app's whole shareable state as a URL hash, both ways. Format (URLSearchParams syntax), every key but
// "v" written only when it differs from its default, so a link names only what a facilitator changed:
//   #v=1&p=1&view=explore&seed=seed&x=network.rttMs&y=throughputTokensPerS&network.nodeCount=100
//   &hide=hardware,network.rttMs&lock=c.d&sweepLocked=1&scenario=intellect-1-regions&present=1
//   &claim=petals-bloom-interactive&claimText=<base64url>&matrix=0.4,-0.4,0.7&cell=privacy.security
//   &cmp=1&B:network.rttMs=200&kept=1&C:privacy.technique=mpc
// Keys with a dot are parameter paths; "B:" keys are the Compare view's configuration B, present when cmp=1,
// and "C:", "D:" keys the configurations kept from B, present when kept=1 or 2 (compareKeys.ts).
// docs/app.md describes every key. A link is read field by field: bad fields are named and keep their last
// good values, the others apply.

import { DEFAULT_MATRIX_THRESHOLDS } from '../../core/matrix/scoring';
import type { MatrixThresholds } from '../../core/matrix/types';
import type { FieldError } from '../../core/params/constraints';
import { defaultParams, type Params } from '../../core/params/table';
import { MAX_DOCUMENT_CHARS, showText } from '../../core/scenario/limits';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState';
import { COMPARE_KEYS, COMPARE_PREFIXES, readCompare, writeCompare } from './compareKeys';
import { readMatrixCell, readThresholds, thresholdsText } from './matrixKeys';
import { readConsistentParams, writeParams } from './paramKeys';
import { readView, VIEW_KEYS, writeView } from './viewKeys';

/** Version of the hash format; links with another version are refused with a clear message. */
export const HASH_FORMAT_VERSION = '1';

/** Everything a link restores. */
export interface ShareableState extends ViewState {
  params: Params;
  /** The Compare view's configuration B, or null when there is none. */
  paramsB: Params | null;
  /** Configurations kept from B in the Compare view (C, D); in the link only with a B. */
  keptConfigs: Params[];
  /** The Matrix view's scoring thresholds. */
  matrixThresholds: MatrixThresholds;
  /** The matrix cell being read, "row.column" ("" for none). */
  matrixCell: string;
}

/** What a fresh visit shows. */
export function defaultShareable(): ShareableState {
  return {
    ...DEFAULT_VIEW_STATE,
    params: defaultParams(),
    paramsB: null,
    keptConfigs: [],
    matrixThresholds: { ...DEFAULT_MATRIX_THRESHOLDS },
    matrixCell: '',
  };
}

/**
 * A decoded link: the state it gives (its good fields over the last good state) and the fields it could not
 * use (empty when the whole link applied).
 */
export interface DecodedHash {
  state: ShareableState;
  errors: FieldError[];
}

const OWN_KEYS = new Set([...VIEW_KEYS, 'matrix', 'cell', ...COMPARE_KEYS]);

/** Encodes `state` as a hash string without the leading "#". */
export function encodeHash(state: ShareableState): string {
  const query = new URLSearchParams();
  query.set('v', HASH_FORMAT_VERSION);
  writeView(query, state);
  writeParams(query, state.params, '');
  const thresholds = thresholdsText(state.matrixThresholds);
  if (thresholds !== null) query.set('matrix', thresholds);
  if (state.matrixCell !== '') query.set('cell', state.matrixCell);
  writeCompare(query, state);
  // Commas and colons are allowed in a URL fragment: keep them readable ("hide=hardware,privacy",
  // "B:network.rttMs=200", not "%2C", "%3A").
  return query.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** Longest link hash read: room for an encoded claim file of the longest allowed length, and the parameters. */
const MAX_LINK_CHARS = Math.ceil((MAX_DOCUMENT_CHARS * 4) / 3) + 10_000;

/**
 * Decodes a hash (with or without "#"). Fields are checked one by one: a bad field is named in the errors and
 * keeps its value from `lastGood`; the hide and lock lists apply entry by entry, so a facilitator's choices
 * survive a damaged value. A link of another format version applies nothing.
 */
export function decodeHash(hash: string, lastGood: ShareableState = defaultShareable()): DecodedHash {
  if (hash.length > MAX_LINK_CHARS) {
    const message = `the link is ${hash.length} characters long; at most ${MAX_LINK_CHARS} are allowed`;
    return { state: lastGood, errors: [{ path: '(link)', message }] };
  }
  const query = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const errors: FieldError[] = [];
  const version = query.get('v') ?? HASH_FORMAT_VERSION;
  if (version !== HASH_FORMAT_VERSION) {
    const message = `link format ${showText(version)} is not supported (expected ${HASH_FORMAT_VERSION})`;
    return { state: lastGood, errors: [{ path: 'v', message }] };
  }
  const view = readView(query, lastGood, errors);
  const entries = [...query].filter(([key]) => !OWN_KEYS.has(key));
  const ofCompare = ([key]: [string, string]) => COMPARE_PREFIXES.some((prefix) => key.startsWith(prefix));
  const entriesA = entries.filter((entry) => !ofCompare(entry));
  const params = readConsistentParams(entriesA, '', lastGood.params, errors);
  const compare = readCompare(query, entries.filter(ofCompare), lastGood, errors);
  const matrixThresholds = readThresholds(query.get('matrix'), lastGood.matrixThresholds, errors);
  const matrixCell = readMatrixCell(query.get('cell'), lastGood.matrixCell, errors);
  return { state: { ...view, params, ...compare, matrixThresholds, matrixCell }, errors };
}
