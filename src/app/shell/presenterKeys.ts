// Stepping through a talk in presenter mode: Left and Right arrows (and PageUp/PageDown, what slide clickers
// send) go to the previous or next view; Up and Down go through the scenarios in the Scenarios view, in the
// order its list shows them. Pure.
import type { ViewName } from '../viewState';

/** What a key does in presenter mode. */
export type PresenterStep = { kind: 'view'; delta: 1 | -1 } | { kind: 'scenario'; delta: 1 | -1 } | null;

/** The step of `key` in `view`, or null when the key does nothing there. */
export function presenterStep(key: string, view: ViewName): PresenterStep {
  if (key === 'ArrowRight' || key === 'PageDown') return { kind: 'view', delta: 1 };
  if (key === 'ArrowLeft' || key === 'PageUp') return { kind: 'view', delta: -1 };
  if (view !== 'scenarios') return null;
  if (key === 'ArrowDown') return { kind: 'scenario', delta: 1 };
  if (key === 'ArrowUp') return { kind: 'scenario', delta: -1 };
  return null;
}

/** The item `delta` places from `current` in `items`, wrapping around (the first when `current` is absent). */
export function stepThrough<T>(items: readonly T[], current: T, delta: 1 | -1): T | undefined {
  const index = items.indexOf(current);
  if (index < 0) return items[0];
  return items[(index + delta + items.length) % items.length];
}
