// The Compare view's configurations in a link: B under "B:" keys with cmp=1, and the configurations kept from
// B (C, D) under "C:" and "D:" keys with kept=1 or kept=2. Each set is read and checked exactly like A's
// (paramKeys.ts): a bad value is named and keeps its last good value. The count flags say that a set exists
// even when all its values are defaults. Links written before C and D were shared have no kept key and open
// with none.
import type { FieldError } from '../../core/params/constraints';
import type { Params } from '../../core/params/table';
import { showText } from '../../core/scenario/limits';
import { B_PREFIX, readConsistentParams, writeParams } from './paramKeys';
import { readFlag } from './viewKeys';

/** Key prefixes of the kept configurations, in order (C, then D): at most this many are kept. */
export const KEPT_PREFIXES = ['C:', 'D:'] as const;

/** Every prefix of a Compare configuration's keys. */
export const COMPARE_PREFIXES = [B_PREFIX, ...KEPT_PREFIXES] as const;

/** The link keys of the Compare view besides the prefixed parameter keys. */
export const COMPARE_KEYS = ['cmp', 'kept'] as const;

/** The Compare view's part of a link's state. */
export interface CompareConfigs {
  /** Configuration B, or null when there is none. */
  paramsB: Params | null;
  /** Configurations kept from B (C, D); only with a B. */
  keptConfigs: Params[];
}

/** Writes B (with cmp=1) and the kept configurations (with kept=N) into `query`; nothing without a B. */
export function writeCompare(query: URLSearchParams, state: CompareConfigs): void {
  if (!state.paramsB) return;
  query.set('cmp', '1');
  writeParams(query, state.paramsB, B_PREFIX);
  const kept = state.keptConfigs.slice(0, KEPT_PREFIXES.length);
  if (kept.length > 0) query.set('kept', String(kept.length));
  kept.forEach((params, index) => {
    const prefix = KEPT_PREFIXES[index];
    if (prefix) writeParams(query, params, prefix);
  });
}

/** The count of kept configurations `text` gives (absent: none); a bad one is named and keeps `fallback`. */
function readKeptCount(text: string | null, fallback: number, errors: FieldError[]): number {
  if (text === null) return 0;
  const count = KEPT_PREFIXES.findIndex((_, index) => String(index + 1) === text) + 1;
  if (count > 0 || text === '0') return count;
  const allowed = `a whole number from 0 to ${KEPT_PREFIXES.length}`;
  errors.push({
    path: 'kept',
    message: `must be ${allowed} (the configurations kept in the Compare view, C and D); got ${showText(text)}`,
  });
  return fallback;
}

/**
 * Reads B and the kept configurations from the prefixed `entries` and the cmp and kept flags of `query`.
 * Problems go to `errors`, each naming its key; bad values keep their values in `lastGood`.
 */
export function readCompare(
  query: URLSearchParams,
  entries: ReadonlyArray<[string, string]>,
  lastGood: CompareConfigs & { params: Params },
  errors: FieldError[],
): CompareConfigs {
  const withPrefix = (prefix: string) => entries.filter(([key]) => key.startsWith(prefix));
  const compare = readFlag('cmp', query.get('cmp'), lastGood.paramsB !== null, errors);
  if (!compare && withPrefix(B_PREFIX).length > 0)
    errors.push({ path: 'cmp', message: 'B: parameters need cmp=1 (configuration B of the Compare view)' });
  const paramsB = compare
    ? readConsistentParams(withPrefix(B_PREFIX), B_PREFIX, lastGood.paramsB ?? lastGood.params, errors)
    : null;
  let count = readKeptCount(query.get('kept'), lastGood.keptConfigs.length, errors);
  if (count > 0 && !paramsB) {
    errors.push({ path: 'kept', message: 'kept configurations (C, D) need cmp=1: they are kept from B' });
    count = 0;
  }
  const keptConfigs: Params[] = [];
  KEPT_PREFIXES.forEach((prefix, index) => {
    const own = withPrefix(prefix);
    if (index >= count) {
      if (own.length > 0)
        errors.push({
          path: 'kept',
          message: `${prefix} parameters need kept=${index + 1} or more (configuration ${prefix[0]} of the Compare view)`,
        });
      return;
    }
    const fallback = lastGood.keptConfigs[index] ?? paramsB ?? lastGood.params;
    keptConfigs.push(readConsistentParams(own, prefix, fallback, errors));
  });
  return { paramsB, keptConfigs };
}
