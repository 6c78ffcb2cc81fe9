// The checks of the preset-coverage test, as pure functions so the test can show they fail on a bad file:
// which model and device figures a scenario types by hand, and which named models and devices it runs.
import type { Scenario } from '../../src/core/scenario/types';
import type { NamedEntry } from './namedInCases';

/** Model fields that describe the job, not the model: set freely. */
const JOB_MODEL_FIELDS = new Set(['model.architecture', 'model.family', 'model.sequenceLengthTokens']);
/** Hardware fields that describe the node a case ran, not the device: set freely. */
const NODE_HARDWARE_FIELDS = new Set(['hardware.gpusPerNodeCount']);

/** True for a parameter a model or device preset sets (so a file that types it must say why). */
export function isCatalogueFigure(path: string): boolean {
  if (path.startsWith('model.')) return !JOB_MODEL_FIELDS.has(path);
  if (path.startsWith('hardware.')) return !NODE_HARDWARE_FIELDS.has(path);
  return false;
}

/** Every parameter path a scenario sets: its params, its variants' params and its sweep axes. */
export function typedPaths(scenario: Scenario): Set<string> {
  const paths = [
    ...Object.keys(scenario.params ?? {}),
    ...(scenario.variants ?? []).flatMap((variant) => Object.keys(variant.params ?? {})),
    ...(scenario.sweep?.axes ?? []).map((axis) => axis.path),
  ];
  return new Set(paths);
}

/** Problems: catalogue figures typed without a reason, and reasons for figures the file does not type. */
export function customValueProblems(scenario: Scenario): string[] {
  const all = typedPaths(scenario);
  const typed = [...all].filter(isCatalogueFigure);
  const reasons = scenario.customValues ?? {};
  const unexplained = typed
    .filter((path) => !(path in reasons))
    .map(
      (path) => `${path} is typed; take it from a model or hardware preset, or give customValues a reason`,
    );
  const stale = Object.keys(reasons)
    .filter((path) => !all.has(path))
    .map((path) => `customValues.${path} explains a value the file does not set`);
  return [...unexplained, ...stale];
}

/** The presets of one group a scenario applies anywhere (scenario level or a variant). */
export function appliedPresets(scenario: Scenario, group: 'model' | 'hardware'): Set<string> {
  const all = [scenario.presets, ...(scenario.variants ?? []).map((variant) => variant.presets)];
  return new Set(all.flatMap((presets) => (presets?.[group] ? [presets[group]] : [])));
}

/** Problems: names in the case's setting whose presets the scenario never applies (unless excused). */
export function namedPresetProblems(
  scenario: Scenario,
  settingText: string,
  entries: readonly NamedEntry[],
  excused: Readonly<Record<string, string>> = {},
): string[] {
  return entries
    .filter((entry) => entry.pattern.test(settingText) && !(entry.name in excused))
    .filter((entry) => !entry.ids.some((id) => appliedPresets(scenario, entry.group).has(id)))
    .map((entry) => `the case names ${entry.name}; apply presets.${entry.group} ${entry.ids.join(' or ')}`);
}
