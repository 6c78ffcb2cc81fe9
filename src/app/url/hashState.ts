// The app's whole shareable state as a URL hash, both ways. Format (URLSearchParams syntax), every key but
// "v" written only when it differs from its default, so a link names only what a facilitator changed:
//   #v=1&p=1&view=explore&seed=seed&x=network.rttMs&y=throughputTokensPerS&network.nodeCount=100
//   &hide=hardware,network.rttMs&lock=c.d&sweepLocked=1&scenario=intellect-1-regions&present=1
//   &claim=petals-bloom-interactive&claimText=<base64url>&matrix=0.4,-0.4,0.7&cell=privacy.security
//   &cmp=1&B:network.rttMs=200
// Keys with a dot are parameter paths; "B:" keys are the Compare view's configuration B, present when cmp=1.
// docs/app.md describes every key. A link is read field by field: bad fields are named and keep their last
// good values, the others apply.

import { DEFAULT_MATRIX_THRESHOLDS } from '../../core/matrix/scoring';
import type { MatrixThresholds } from '../../core/matrix/types';
import type { FieldError } from '../../core/params/constraints';
import { defaultParams, type Params } from '../../core/params/table';
import { MAX_DOCUMENT_CHARS, showText } from '../../core/scenario/limits';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState';
import { readMatrixCell, readThresholds, thresholdsText } from './matrixKeys';
import { B_PREFIX, readConsistentParams, writeParams } from './paramKeys';
import { readFlag, readView, VIEW_KEYS, writeView } from './viewKeys';

/** Version of the hash format; links with another version are refused with a clear message. */
export const HASH_FORMAT_VERSION = '1';

/** Everything a link restores. */
export interface ShareableState extends ViewState {
  params: Params;
  /** The Compare view's configuration B, or null when there is none. */
  paramsB: Params | null;
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

const OWN_KEYS = new Set([...VIEW_KEYS, 'matrix', 'cell', 'cmp']);

/** Encodes `state` as a hash string without the leading "#". */
export function encodeHash(state: ShareableState): string {
  const query = new URLSearchParams();
  query.set('v', HASH_FORMAT_VERSION);
  writeView(query, state);
  writeParams(query, state.params, '');
  const thresholds = thresholdsText(state.matrixThresholds);
  if (thresholds !== null) query.set('matrix', thresholds);
  if (state.matrixCell !== '') query.set('cell', state.matrixCell);
  if (state.paramsB) {
    query.set('cmp', '1');
    writeParams(query, state.paramsB, B_PREFIX);
  }
  // Commas are allowed in a URL fragment: keep them readable ("hide=hardware,privacy", not "%2C").
  return query.toString().replaceAll('%2C', ',');
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
  const entriesA = entries.filter(([key]) => !key.startsWith(B_PREFIX));
  const entriesB = entries.filter(([key]) => key.startsWith(B_PREFIX));
  const params = readConsistentParams(entriesA, '', lastGood.params, errors);
  const compare = readFlag('cmp', query.get('cmp'), lastGood.paramsB !== null, errors);
  if (!compare && entriesB.length > 0)
    errors.push({ path: 'cmp', message: 'B: parameters need cmp=1 (configuration B of the Compare view)' });
  const paramsB = compare
    ? readConsistentParams(entriesB, B_PREFIX, lastGood.paramsB ?? lastGood.params, errors)
    : null;
  const matrixThresholds = readThresholds(query.get('matrix'), lastGood.matrixThresholds, errors);
  const matrixCell = readMatrixCell(query.get('cell'), lastGood.matrixCell, errors);
  return { state: { ...view, params, paramsB, matrixThresholds, matrixCell }, errors };
}
