// Workshop links: the link carries the current state with the chosen view and presenter mode, and decodes
// back to exactly that.
import { describe, expect, it } from 'vitest';
import { decodeHash } from '../../../src/app/url/hashState';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewState';
import { workshopLink } from '../../../src/app/workshop/workshopLink';
import { defaultParams, setParam } from '../../../src/core/params/table';

describe('workshop link', () => {
  it('opens the chosen view with the hidden and locked controls and the values', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      view: 'workshop' as const,
      params: setParam(defaultParams(), 'network.nodeCount', 40),
      paramsB: null,
      hidden: ['network.rttMs'],
      locked: ['network.nodeCount'],
    };
    const link = workshopLink('http://host/app/#v=1&view=workshop', state, {
      view: 'compare',
      presenter: true,
    });
    expect(link.startsWith('http://host/app/#')).toBe(true);
    const decoded = decodeHash(link.slice(link.indexOf('#')));
    expect(decoded).toEqual({ ok: true, state: { ...state, view: 'compare', presenter: true } });
  });
});
