// Checks calibration scenario files independently of the scenario runner: builds each row with applyPreset
// and setParams, evaluates it, and checks `matches`, `threshold` and `ratio` assertions. A `matches` with a
// documented missReason must really miss (so the documentation stays true); everything else must hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, type GroupName, type Params, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';

type Values = Record<string, number | string | boolean>;
interface Where {
  variant?: string;
}
interface Tolerance {
  absolute?: number;
  relative?: number;
  factor?: number;
  orders?: number;
  range?: [number, number];
}
type Assertion =
  | {
      type: 'matches';
      label: string;
      metric: string;
      where: Where;
      published?: number;
      tolerance: Tolerance;
      missReason?: string;
    }
  | { type: 'threshold'; description: string; metric: string; where: Where; min?: number; max?: number }
  | {
      type: 'ratio';
      description: string;
      metric: string;
      numerator: Where;
      denominator: Where;
      min?: number;
      max?: number;
    }
  | { type: 'trend' };
interface ScenarioFile {
  presets?: Record<string, string>;
  params?: Values;
  variants?: Array<{ id: string; presets?: Record<string, string>; params?: Values }>;
  expect: Assertion[];
}

const withPresets = (params: Params, presets: Record<string, string> = {}): Params =>
  Object.entries(presets).reduce((next, [group, id]) => applyPreset(next, group as GroupName, id), params);

/** The parameters of one row of a scenario file (no sweeps). */
export function rowParams(scenario: ScenarioFile, where: Where): Params {
  const variant = scenario.variants?.find((candidate) => candidate.id === where.variant);
  const scenarioLevel = setParams(withPresets(defaultParams(), scenario.presets), scenario.params ?? {});
  return setParams(withPresets(scenarioLevel, variant?.presets), variant?.params ?? {});
}

function metricAt(scenario: ScenarioFile, where: Where, metric: string): number {
  const params = rowParams(scenario, where);
  expect(paramConstraintErrors(params)).toEqual([]);
  const result = evaluatePoint(params);
  expect(result.warnings).toEqual([]);
  return result.metrics[metric] ?? Number.NaN;
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

const within = (value: number, low = -Infinity, high = Infinity): boolean =>
  value >= low - 1e-12 * Math.abs(low) && value <= high + 1e-12 * Math.abs(high);

/** Declares one describe block per scenario file with one test per assertion. */
export function checkCalibrationFiles(fileIds: readonly string[]): void {
  for (const file of fileIds) {
    const scenario = JSON.parse(
      readFileSync(new URL(`../../../scenarios/calibration/${file}.json`, import.meta.url), 'utf8'),
    ) as ScenarioFile;
    describe(file, () => {
      for (const assertion of scenario.expect) {
        if (assertion.type === 'matches') {
          const [low, high] = accepted(assertion.tolerance, assertion.published);
          const title = assertion.missReason ? `${assertion.label} (documented miss)` : assertion.label;
          it(title, () => {
            const model = metricAt(scenario, assertion.where, assertion.metric);
            expect(
              within(model, low, high),
              `${assertion.metric} = ${model}, accepted [${low}, ${high}]`,
            ).toBe(!assertion.missReason);
          });
        } else if (assertion.type === 'threshold') {
          it(assertion.description, () => {
            const model = metricAt(scenario, assertion.where, assertion.metric);
            expect(within(model, assertion.min, assertion.max), `${assertion.metric} = ${model}`).toBe(true);
          });
        } else if (assertion.type === 'ratio') {
          it(assertion.description, () => {
            const ratio =
              metricAt(scenario, assertion.numerator, assertion.metric) /
              metricAt(scenario, assertion.denominator, assertion.metric);
            expect(within(ratio, assertion.min, assertion.max), `${assertion.metric} ratio = ${ratio}`).toBe(
              true,
            );
          });
        }
      }
    });
  }
}
