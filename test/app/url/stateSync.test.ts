// Loading links and the autosave: a good link wins, a bad link keeps the last good state and names its
// fields, and every change is written to the hash and the autosave.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/store/store';
import { defaultShareable, encodeHash } from '../../../src/app/url/hashState';
import { AUTOSAVE_KEY, type SyncHost, shareableOf, startStateSync } from '../../../src/app/url/stateSync';
import { defaultParams, setParam } from '../../../src/core/params/table';

function fakeHost(hash: string, saved: string | null) {
  const storage = new Map<string, string>(saved ? [[AUTOSAVE_KEY, saved]] : []);
  const listeners: Array<() => void> = [];
  const host: SyncHost = {
    location: { hash },
    history: {
      replaceState: (_data, _unused, url) => {
        host.location.hash = url;
      },
    },
    localStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => storage.set(key, value),
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    removeEventListener: () => undefined,
  };
  const navigate = (next: string) => {
    host.location.hash = next;
    for (const listener of listeners) listener();
  };
  return { host, storage, navigate };
}

const stateWith = (nodeCount: number) => ({
  ...defaultShareable(),
  params: setParam(defaultParams(), 'network.nodeCount', nodeCount),
});

describe('state sync', () => {
  it('loads a good link', () => {
    const store = createAppStore();
    startStateSync(store, fakeHost(`#${encodeHash(stateWith(77))}`, null).host);
    expect(store.getState().params.network.nodeCount).toBe(77);
    expect(store.getState().linkErrors).toBeNull();
  });

  it('writes the kept configurations C and D into the link, and a link restores them', () => {
    const store = createAppStore();
    const { host } = fakeHost('', null);
    startStateSync(store, host);
    store.getState().replaceParamsB(defaultParams());
    store.getState().setValueB('network.rttMs', 200);
    store.getState().keepB();
    expect(host.location.hash).toContain('kept=1&C:network.rttMs=200');
    const other = createAppStore();
    startStateSync(other, fakeHost(host.location.hash, null).host);
    expect(other.getState().keptConfigs.map((params) => params.network.rttMs)).toEqual([200]);
    expect(other.getState().linkErrors).toBeNull();
  });

  it('falls back to the autosave when there is no link', () => {
    const store = createAppStore();
    startStateSync(store, fakeHost('', encodeHash(stateWith(55))).host);
    expect(store.getState().params.network.nodeCount).toBe(55);
  });

  it('keeps the good fields of a partly bad autosave and names the fields it dropped', () => {
    const store = createAppStore();
    const saved = `${encodeHash(stateWith(55))}&network.rttMs=-4&network.gone=1`;
    startStateSync(store, fakeHost('', saved).host);
    expect(store.getState().params.network.nodeCount).toBe(55);
    expect(store.getState().params.network.rttMs).toBe(defaultParams().network.rttMs);
    expect(
      store
        .getState()
        .autosaveErrors?.map((error) => error.path)
        .sort(),
    ).toEqual(['network.gone', 'network.rttMs']);
    expect(store.getState().linkErrors).toBeNull();
  });

  it('says nothing about a good autosave', () => {
    const store = createAppStore();
    startStateSync(store, fakeHost('', encodeHash(stateWith(55))).host);
    expect(store.getState().autosaveErrors).toBeNull();
  });

  it('keeps the last good values of bad fields, applies the good ones and names the bad ones', () => {
    const store = createAppStore();
    const { host } = fakeHost(
      '#v=1&network.nodeCount=-3&network.nope=1&lock=network.rttMs&network.rttMs=150',
      encodeHash(stateWith(55)),
    );
    startStateSync(store, host);
    expect(store.getState().params.network.nodeCount).toBe(55);
    expect(store.getState().params.network.rttMs).toBe(150);
    expect(store.getState().locked).toEqual(['network.rttMs']);
    expect(
      store
        .getState()
        .linkErrors?.map((error) => error.path)
        .sort(),
    ).toEqual(['network.nodeCount', 'network.nope']);
  });

  it('writes every change to the hash and the autosave', () => {
    const store = createAppStore();
    const { host, storage } = fakeHost('', null);
    startStateSync(store, host);
    store.getState().setValue('network.rttMs', 150);
    const expected = encodeHash(shareableOf(store.getState()));
    expect(host.location.hash).toBe(`#${expected}`);
    expect(storage.get(AUTOSAVE_KEY)).toBe(expected);
    expect(expected).toContain('network.rttMs=150');
  });

  it('follows a hash edited by hand, and refuses a bad one without losing the state', () => {
    const store = createAppStore();
    const { host, navigate } = fakeHost('', null);
    startStateSync(store, host);
    navigate(`#${encodeHash(stateWith(99))}`);
    expect(store.getState().params.network.nodeCount).toBe(99);
    navigate('#v=1&network.nodeCount=banana');
    expect(store.getState().params.network.nodeCount).toBe(99);
    expect(store.getState().linkErrors?.[0]?.path).toBe('network.nodeCount');
  });

  it('makes the link the baseline Reset goes back to, keeping locked values', () => {
    const store = createAppStore();
    startStateSync(
      store,
      fakeHost('#v=1&network.nodeCount=30&network.rttMs=20&lock=network.rttMs', null).host,
    );
    store.getState().setValue('network.nodeCount', 500);
    store.getState().setValue('network.rttMs', 90);
    store.getState().resetParams();
    expect(store.getState().params.network.nodeCount).toBe(30);
    expect(store.getState().params.network.rttMs).toBe(90);
    expect(store.getState().notice).toContain('Round-trip');
  });
});
