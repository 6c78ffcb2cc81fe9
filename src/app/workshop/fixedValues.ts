// Locks and hides bind every way a value can change: a preset, Reset, an imported file or a saved
// configuration writes its values except into the parameters a facilitator locked or hid, which keep the
// values they have. Pure.

import { paramConstraintErrors } from '../../core/params/constraints';
import { findParam, getParam, type Params, setParam } from '../../core/params/table';

/** The parameters no bulk change may touch: the locked and the hidden ones. */
export function fixedPaths(state: { hidden: readonly string[]; locked: readonly string[] }): string[] {
  return [...new Set([...state.locked, ...state.hidden])].sort();
}

/** The outcome of binding a bulk change to the fixed parameters. */
export type BoundChange = { ok: true; params: Params; kept: string[] } | { ok: false; message: string };

/**
 * `next` with every path of `fixed` set back to its value in `current`; `kept` lists the paths `next` would
 * have changed. Refused when the values kept and the new ones break a cross-field rule together.
 */
export function keepFixed(current: Params, next: Params, fixed: readonly string[]): BoundChange {
  let params = next;
  const kept: string[] = [];
  for (const path of fixed) {
    const value = getParam(current, path);
    if (value === undefined || getParam(next, path) === value) continue;
    params = setParam(params, path, value);
    kept.push(path);
  }
  const broken = kept.length > 0 ? paramConstraintErrors(params) : [];
  if (broken.length > 0)
    return {
      ok: false,
      message: `it would break a rule with the locked values: ${broken.map((error) => error.message).join('; ')}`,
    };
  return { ok: true, params, kept };
}

/** "Round-trip time and Upload bandwidth": the labels of `paths`, for a notice. */
export function labelList(paths: readonly string[]): string {
  const labels = paths.map((path) => findParam(path)?.spec.label ?? path);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The notice after a bulk change `what` ("The preset", "Reset") that left `kept` alone ("" when none). */
export function keptNotice(what: string, kept: readonly string[]): string {
  if (kept.length === 0) return '';
  const verb = kept.length === 1 ? 'is' : 'are';
  return `${what} left ${labelList(kept)} as ${kept.length === 1 ? 'it' : 'they'} ${verb}: locked or hidden for this workshop.`;
}
