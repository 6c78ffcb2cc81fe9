// Hardware and network presets: the figures of the hardware-reference case, valid values for every
// parameter they set, and the datacentre preset the engine uses as its reference.
import { describe, expect, it } from 'vitest';
import { defaultParams, findParam } from '../../../src/core/params/table';
import { HARDWARE_PRESETS } from '../../../src/core/presets/hardware';
import { applyPreset, PRESETS } from '../../../src/core/presets/index';
import { NETWORK_PRESETS } from '../../../src/core/presets/network';

/** The hardware-reference case (vendor datasheets as collected by Epoch AI, rounded): TFLOP/s, TB/s, GB, W. */
const REFERENCE = {
  H100_SXM: { tflops: 989, memoryTBps: 3.35, memoryGB: 80, watts: 700 },
  A100_SXM_80GB: { tflops: 312, memoryTBps: 2.0, memoryGB: 80, watts: 400 },
  RTX_4090: { tflops: 165, memoryTBps: 1.008, memoryGB: 24, watts: 450 },
  RTX_3090: { tflops: 71, memoryTBps: 0.936, memoryGB: 24, watts: 350 },
} as const;

/** The preset with this id; fails the test when it is missing. */
function hardwarePreset(id: string) {
  const preset = HARDWARE_PRESETS[id];
  if (!preset) throw new Error(`no hardware preset ${id}`);
  return preset;
}

describe('hardware presets', () => {
  for (const [id, reference] of Object.entries(REFERENCE)) {
    it(`${id} carries the reference datasheet figures (within the case's rounding)`, () => {
      const values = hardwarePreset(id).values;
      expect(values.peakFlopPerS / 1e12 / reference.tflops).toBeCloseTo(1, 2);
      expect(values.memoryBandwidthTBps / reference.memoryTBps).toBeCloseTo(1, 1);
      expect(values.memoryGB).toBe(reference.memoryGB);
      expect(values.wattsPerGpu).toBe(reference.watts);
    });
  }

  it('gives GPU confidential computing only to Hopper and Blackwell datacentre GPUs', () => {
    const capable = Object.values(HARDWARE_PRESETS).filter(
      (preset) => preset.values.supportsH100Cc || preset.values.supportsBlackwellCc,
    );
    expect(capable.map((preset) => preset.id)).toEqual([
      'H100_SXM',
      'H200_SXM',
      'B200',
      'B300',
      'RTX_PRO_6000',
    ]);
  });

  it('derives the c3d-highcpu-30 VM from its 15 Genoa cores', () => {
    const vm = hardwarePreset('C3D_HIGHCPU_30').values;
    expect(vm.memoryBandwidthTBps).toBeCloseTo(0.072, 9);
    expect(vm.peakFp32FlopPerS).toBeCloseTo(15 * 32 * 3.55e9, 0);
    expect(vm.memoryGB).toBe(59);
  });
});

describe('network presets', () => {
  it('keeps the datacentre preset the engine uses as its reference', () => {
    expect(NETWORK_PRESETS.datacentre.values.rttMs).toBeLessThan(NETWORK_PRESETS.region.values.rttMs);
  });

  it('orders the wide-area classes by round trip', () => {
    const order = ['cloud-lan', 'region', 'continent', 'intercontinental', 'global'] as const;
    const rtts = order.map((id) => NETWORK_PRESETS[id].values.rttMs);
    expect([...rtts].sort((a, b) => a - b)).toEqual(rtts);
  });

  it('uses the published round trips', () => {
    expect(NETWORK_PRESETS.continent.values.rttMs).toBe(65);
    expect(NETWORK_PRESETS.intercontinental.values.rttMs).toBe(75);
    expect(NETWORK_PRESETS.global.values.rttMs).toBeGreaterThanOrEqual(100);
    expect(NETWORK_PRESETS.global.values.rttMs).toBeLessThanOrEqual(165);
  });
});

describe('every hardware and network preset', () => {
  for (const group of ['hardware', 'network'] as const) {
    const presets = PRESETS[group];
    for (const [id, preset] of Object.entries(presets ?? {})) {
      it(`${group}.${id} sets only known parameters within their ranges`, () => {
        for (const [name, value] of Object.entries(preset.values)) {
          const spec = findParam(`${group}.${name}`)?.spec;
          expect(spec, `${group}.${name}`).toBeDefined();
          if (spec?.kind === 'number') {
            expect(value).toBeGreaterThanOrEqual(spec.min);
            expect(value).toBeLessThanOrEqual(spec.max);
          }
        }
        expect(preset.source.length).toBeGreaterThan(20);
      });
    }
  }

  it('applies without mutating the input', () => {
    const params = defaultParams();
    const before = JSON.stringify(params);
    const applied = applyPreset(params, 'network', 'home-broadband');
    expect(JSON.stringify(params)).toBe(before);
    expect(applied.network.uploadMbps).toBe(60);
  });
});
