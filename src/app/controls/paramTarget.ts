// Which configuration a controls panel edits: "a" (the Explore view's, the default) or "b" (the Compare view's
// configuration B). Controls read and write through these selectors, so one panel serves both.
import { createContext, useContext } from 'react';
import type { GroupName, Params } from '../../core/params/table';
import type { AppState } from '../store/store';

/** The configuration a panel edits. */
export type ParamTarget = 'a' | 'b';

/** Provides the target to the controls below; "a" when there is no provider. */
export const ParamTargetContext = createContext<ParamTarget>('a');

/** The target of the nearest panel. */
export function useParamTarget(): ParamTarget {
  return useContext(ParamTargetContext);
}

/** The parameter set `target` edits (B falls back to A while B does not exist). */
export function targetParams(state: AppState, target: ParamTarget): Params {
  return target === 'b' ? (state.paramsB ?? state.params) : state.params;
}

/** The setter of one parameter of `target`. */
export function targetSetter(state: AppState, target: ParamTarget) {
  return target === 'b' ? state.setValueB : state.setValue;
}

/** The preset applier of `target`. */
export function targetPresetPicker(
  state: AppState,
  target: ParamTarget,
): (group: GroupName, presetId: string) => void {
  return target === 'b' ? state.pickPresetB : state.pickPreset;
}
