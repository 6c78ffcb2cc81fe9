// Which parameters the sweep may run along: a locked or hidden parameter is not offered as the sweep axis
// unless the facilitator allowed it (sweepLocked in the link). Pure.
import { PARAMETER_ROWS, type ParamRow } from '../../core/params/table';
import { fixedPaths } from './fixedValues';

const NUMERIC_ROWS = PARAMETER_ROWS.filter((row) => row.spec.kind === 'number');

/** The part of the state the rule reads. */
export interface SweepAxisRule {
  hidden: readonly string[];
  locked: readonly string[];
  sweepLocked: boolean;
}

/** Whether `path` may be chosen as the sweep axis. */
export function sweepAxisAllowed(state: SweepAxisRule, path: string): boolean {
  return state.sweepLocked || !fixedPaths(state).includes(path);
}

/** The numeric rows offered as sweep axes (the current axis stays listed, so the picker shows it). */
export function sweepAxisRows(state: SweepAxisRule, current: string): ParamRow[] {
  return NUMERIC_ROWS.filter((row) => row.path === current || sweepAxisAllowed(state, row.path));
}
