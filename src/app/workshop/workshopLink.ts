// The links of a workshop: the participants' link (the current state opened on the chosen view, optionally in
// presenter mode, in participant mode: no facilitator controls) and the facilitator's edit link (the same
// state, opened in the builder). Pure.
import { encodeHash, type ShareableState } from '../url/hashState';
import type { ViewName } from '../viewState';

/** What the builder chooses besides the controls. */
export interface WorkshopChoice {
  view: ViewName;
  presenter: boolean;
}

const pageOf = (pageUrl: string): string => pageUrl.split('#')[0] ?? pageUrl;

/** The participants' link for `state` with `choice`, on the page at `pageUrl` (its hash is replaced). */
export function workshopLink(pageUrl: string, state: ShareableState, choice: WorkshopChoice): string {
  const shared = { ...state, view: choice.view, presenter: choice.presenter, participant: true };
  return `${pageOf(pageUrl)}#${encodeHash(shared)}`;
}

/** The facilitator's link back to this builder with the same state (keep it to change the workshop later). */
export function editLink(pageUrl: string, state: ShareableState): string {
  const own = { ...state, view: 'workshop' as const, presenter: false, participant: false };
  return `${pageOf(pageUrl)}#${encodeHash(own)}`;
}
