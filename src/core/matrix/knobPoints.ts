// Turns a knob (zipped axes) and a cell's params into the parameter set of each knob point, applying layers in
// the scenario order: table defaults, the cell's params, overrides (sensitivity values), the knob point.
import { defaultParams, type Params, setParams } from '../params/table';
import type { ParamScalar } from '../scenario/paramSchema';
import type { CellDefinition, Knob } from './types';

/** Number of points of a knob: the length of its axes (all equal). */
export function knobPointCount(knob: Knob): number {
  return knob.axes[0]?.values.length ?? 0;
}

/** The values the knob sets at one point, by parameter path. */
export function knobValuesAt(knob: Knob, index: number): Record<string, ParamScalar> {
  return Object.fromEntries(
    knob.axes.flatMap((axis) => {
      const value = axis.values[index];
      return value === undefined ? [] : [[axis.path, value]];
    }),
  );
}

/** The full parameter set of every knob point of a cell, low end first. */
export function knobPointParams(
  cell: CellDefinition,
  overrides: Readonly<Record<string, ParamScalar>> = {},
): Params[] {
  const shared = setParams(setParams(defaultParams(), cell.params), overrides);
  return Array.from({ length: knobPointCount(cell.knob) }, (_, index) =>
    setParams(shared, knobValuesAt(cell.knob, index)),
  );
}

/** Problems with a cell's knob: too few points, unequal axes, or sensitivity inputs that clash with the knob. */
export function knobProblems(cell: CellDefinition): string[] {
  const count = knobPointCount(cell.knob);
  const problems: string[] = [];
  if (count < 2) problems.push(`${cell.scenarioId}: a knob needs at least two points`);
  for (const axis of cell.knob.axes) {
    if (axis.values.length !== count)
      problems.push(`${cell.scenarioId}: axis ${axis.path} has another length`);
  }
  if (cell.knob.pointLabels.length !== count)
    problems.push(`${cell.scenarioId}: one label per knob point is needed`);
  const knobPaths = new Set<string>(cell.knob.axes.map((axis) => axis.path));
  for (const input of cell.sensitivity) {
    if (input.kind === 'parameter' && knobPaths.has(input.path))
      problems.push(`${cell.scenarioId}: sensitivity input ${input.path} is also a knob axis`);
    if (input.kind === 'knob') {
      for (const alternative of input.alternatives) {
        for (const [path, values] of Object.entries(alternative.axes)) {
          if (!knobPaths.has(path) || values.length !== count)
            problems.push(
              `${cell.scenarioId}: "${alternative.label}" sets ${path}, not a knob axis of ${count} points`,
            );
        }
      }
    }
  }
  return problems;
}
