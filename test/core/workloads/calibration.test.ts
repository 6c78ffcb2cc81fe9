// The performance calibration cases: builds every row of the area's scenario files with applyPreset and
// setParams (independently of the scenario runner), evaluates it, and checks each `matches` assertion.
// An assertion with a documented missReason must really miss (so the documentation stays true); every
// other one must hold within its tolerance.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, type GroupName, type Params, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';

type Values = Record<string, number | string | boolean>;
type Tolerance = {
  absolute?: number;
  relative?: number;
  factor?: number;
  orders?: number;
  range?: [number, number];
};
interface Matches {
  type: 'matches';
  label: string;
  metric: string;
  where: { variant?: string };
  published?: number;
  tolerance: Tolerance;
  missReason?: string;
}
interface Variant {
  id: string;
  presets?: Record<string, string>;
  params?: Values;
}
interface ScenarioFile {
  presets?: Record<string, string>;
  params?: Values;
  variants?: Variant[];
  expect: Matches[];
}

const CASE_FILES = [
  'intellect-1-utilisation',
  'diloco-communication',
  'low-communication-quality-penalty',
  'distro-arithmetic',
  'naive-dp-over-home-broadband',
  'petals-bloom-176b',
  'distributed-llama-70b-vms',
  'distributed-llama-traffic',
  'hardware-reference',
];

const withPresets = (params: Params, presets: Record<string, string> = {}) =>
  Object.entries(presets).reduce((next, [group, id]) => applyPreset(next, group as GroupName, id), params);

function rowParams(scenario: ScenarioFile, variantId: string | undefined): Params {
  const variant = scenario.variants?.find((v) => v.id === variantId);
  const scenarioLevel = setParams(withPresets(defaultParams(), scenario.presets), scenario.params ?? {});
  return setParams(withPresets(scenarioLevel, variant?.presets), variant?.params ?? {});
}

function accepted(tolerance: Tolerance, published = Number.NaN): [number, number] {
  if (tolerance.range) return tolerance.range;
  if (tolerance.absolute !== undefined)
    return [published - tolerance.absolute, published + tolerance.absolute];
  if (tolerance.relative !== undefined)
    return [published * (1 - tolerance.relative), published * (1 + tolerance.relative)];
  if (tolerance.factor !== undefined) return [published / tolerance.factor, published * tolerance.factor];
  const orders = 10 ** (tolerance.orders ?? 0);
  return [published / orders, published * orders];
}

for (const file of CASE_FILES) {
  const scenario = JSON.parse(
    readFileSync(new URL(`../../../scenarios/calibration/${file}.json`, import.meta.url), 'utf8'),
  ) as ScenarioFile;
  describe(file, () => {
    for (const assertion of scenario.expect.filter((a) => a.type === 'matches')) {
      const [low, high] = accepted(assertion.tolerance, assertion.published);
      const title = assertion.missReason ? `${assertion.label} (documented miss)` : assertion.label;
      it(title, () => {
        const result = evaluatePoint(rowParams(scenario, assertion.where.variant));
        expect(result.warnings).toEqual([]);
        const model = result.metrics[assertion.metric] ?? Number.NaN;
        const within = model >= low - 1e-12 * Math.abs(low) && model <= high + 1e-12 * Math.abs(high);
        expect(within, `${assertion.metric} = ${model}, accepted [${low}, ${high}]`).toBe(
          !assertion.missReason,
        );
      });
    }
  });
}
