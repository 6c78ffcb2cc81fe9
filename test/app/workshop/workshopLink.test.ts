// Workshop links: the participants' link carries the current state with the chosen view and presenter mode in
// participant mode; the edit link reopens the builder with the same state.
import { describe, expect, it } from 'vitest';
import { decodeHash, defaultShareable } from '../../../src/app/url/hashState';
import { editLink, workshopLink } from '../../../src/app/workshop/workshopLink';
import { defaultParams, setParam } from '../../../src/core/params/table';

const state = {
  ...defaultShareable(),
  view: 'workshop' as const,
  params: setParam(defaultParams(), 'network.nodeCount', 40),
  hidden: ['network.rttMs'],
  locked: ['network.nodeCount'],
};
const hashOf = (link: string) => link.slice(link.indexOf('#'));

describe('workshop link', () => {
  it('opens the chosen view in participant mode with the hidden and locked controls and the values', () => {
    const link = workshopLink('http://host/app/#v=1&view=workshop', state, {
      view: 'compare',
      presenter: true,
    });
    expect(link.startsWith('http://host/app/#')).toBe(true);
    expect(decodeHash(hashOf(link))).toEqual({
      errors: [],
      state: { ...state, view: 'compare', presenter: true, participant: true },
    });
  });

  it('gives the facilitator an edit link back to the builder, without participant mode', () => {
    const link = editLink('http://host/app/', { ...state, participant: true, view: 'explore' });
    expect(decodeHash(hashOf(link))).toEqual({ errors: [], state: { ...state, view: 'workshop' } });
  });
});
