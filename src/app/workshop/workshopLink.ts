// The link a facilitator hands out: the current state (values, seed, sweep, hidden and locked controls) opened
// on the chosen view, optionally in presenter mode. Pure.
import { encodeHash, type ShareableState } from '../url/hashState';
import type { ViewName } from '../viewState';

/** What the builder chooses besides the controls. */
export interface WorkshopChoice {
  view: ViewName;
  presenter: boolean;
}

/** The link for `state` with `choice`, on the page at `pageUrl` (its hash is replaced). */
export function workshopLink(pageUrl: string, state: ShareableState, choice: WorkshopChoice): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${encodeHash({ ...state, view: choice.view, presenter: choice.presenter })}`;
}
