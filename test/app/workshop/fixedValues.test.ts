// Locks and hides bind bulk changes: presets, Reset, imports and saved configurations keep fixed values.
import { describe, expect, it } from 'vitest';
import { openSaved } from '../../../src/app/saved/openSaved';
import { createAppStore } from '../../../src/app/store/store';
import { defaultShareable, encodeHash } from '../../../src/app/url/hashState';
import { fixedPaths, keepFixed, keptNotice } from '../../../src/app/workshop/fixedValues';
import { sweepAxisAllowed, sweepAxisRows } from '../../../src/app/workshop/sweepAxes';
import { defaultParams, setParam } from '../../../src/core/params/table';
import { PRESETS } from '../../../src/core/presets/index';

const presetIds = (group: 'network' | 'hardware') => Object.keys(PRESETS[group] ?? {});

describe('fixed values', () => {
  it('keeps the fixed paths and lists those the change would have moved', () => {
    const current = setParam(defaultParams(), 'network.rttMs', 30);
    const next = setParam(setParam(defaultParams(), 'network.rttMs', 130), 'network.nodeCount', 9);
    const bound = keepFixed(current, next, ['network.rttMs', 'network.uploadMbps']);
    expect(bound).toEqual({ ok: true, params: setParam(next, 'network.rttMs', 30), kept: ['network.rttMs'] });
    expect(keptNotice('Reset', ['network.rttMs'])).toMatch(/^Reset left Round-trip time as it is/);
  });

  it('a preset leaves locked and hidden fields alone and says so', () => {
    const store = createAppStore();
    store.getState().setValue('network.rttMs', 30);
    store.getState().setLocked(['network.rttMs']);
    const moved = presetIds('network').find((id) => {
      const probe = createAppStore();
      probe.getState().pickPreset('network', id);
      return probe.getState().params.network.rttMs !== 30;
    });
    expect(moved).toBeDefined();
    store.getState().pickPreset('network', moved ?? '');
    expect(store.getState().params.network.rttMs).toBe(30);
    expect(store.getState().notice).toContain('Round-trip time');
  });

  it('every preset of a fully hidden group changes nothing', () => {
    const store = createAppStore();
    const hardware = Object.keys(defaultParams().hardware).map((name) => `hardware.${name}`);
    store.getState().setHidden(hardware);
    const before = store.getState().params;
    for (const id of presetIds('hardware')) store.getState().pickPreset('hardware', id);
    expect(store.getState().params.hardware).toEqual(before.hardware);
  });

  it('an import keeps fixed values and applies the rest', () => {
    const store = createAppStore();
    store.getState().setHidden(['network.uploadMbps']);
    const incoming = setParam(setParam(defaultParams(), 'network.uploadMbps', 7), 'network.rttMs', 200);
    expect(store.getState().importParams(incoming, 'file.json')).toContain('Upload');
    expect(store.getState().params.network.uploadMbps).toBe(defaultParams().network.uploadMbps);
    expect(store.getState().params.network.rttMs).toBe(200);
  });

  it('does not offer locked or hidden parameters as sweep axes unless allowed', () => {
    const rule = { hidden: ['network.nodeCount'], locked: ['network.rttMs'], sweepLocked: false };
    expect(fixedPaths(rule)).toEqual(['network.nodeCount', 'network.rttMs']);
    expect(sweepAxisAllowed(rule, 'network.rttMs')).toBe(false);
    const offered = sweepAxisRows(rule, 'network.uploadMbps').map((row) => row.path);
    expect(offered).not.toContain('network.rttMs');
    expect(offered).not.toContain('network.nodeCount');
    expect(sweepAxisRows({ ...rule, sweepLocked: true }, '').map((row) => row.path)).toContain(
      'network.rttMs',
    );
  });
});

describe('opening a saved configuration as a participant', () => {
  it('keeps the workshop locks, hides, participant mode and their values', () => {
    const store = createAppStore();
    store.getState().replaceView({
      ...defaultShareable(),
      participant: true,
      locked: ['network.rttMs'],
      hidden: ['hardware.mfuFraction'],
    });
    store.getState().setValue('network.rttMs', 30);
    const saved = encodeHash({
      ...defaultShareable(),
      seed: 'saved-seed',
      params: setParam(setParam(defaultParams(), 'network.rttMs', 200), 'network.nodeCount', 77),
    });
    openSaved(store, saved, false);
    const state = store.getState();
    expect(state.params.network.rttMs).toBe(30);
    expect(state.params.network.nodeCount).toBe(77);
    expect(state.seed).toBe('saved-seed');
    expect(state.participant).toBe(true);
    expect(state.locked).toEqual(['network.rttMs']);
    expect(state.hidden).toEqual(['hardware.mfuFraction']);
  });
});
