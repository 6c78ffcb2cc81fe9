// Re-runs a cell across the plausible range of its uncertain inputs (every combination of the sensitivity
// values, parameters and knob alternatives alike) and reports the share of runs that keep the nominal rating,
// and the share that agree with the article.
import type { ParamScalar } from '../scenario/paramSchema';
import { scoreCell } from './computeCell';
import { ratingFromScore, robustnessVerdict } from './scoring';
import type {
  CellDefinition,
  MatrixThresholds,
  Robustness,
  SensitivityInput,
  SensitivityRun,
  SynergyRating,
} from './types';

/** One sensitivity setting: parameter overrides, replacement knob axes, and what it set, for reports. */
export interface SensitivitySetting {
  overrides: Record<string, ParamScalar>;
  knobAxes: Record<string, readonly ParamScalar[]>;
  values: Record<string, ParamScalar>;
}

function optionsOf(input: SensitivityInput): SensitivitySetting[] {
  if (input.kind === 'parameter') {
    return input.values.map((value) => ({
      overrides: { [input.path]: value },
      knobAxes: {},
      values: { [input.path]: value },
    }));
  }
  return input.alternatives.map((alternative) => ({
    overrides: {},
    knobAxes: { ...alternative.axes },
    values: { [input.name]: alternative.label },
  }));
}

/** Every combination of the inputs' values (first input outermost). */
export function sensitivityCombinations(inputs: readonly SensitivityInput[]): SensitivitySetting[] {
  return inputs.reduce<SensitivitySetting[]>(
    (combinations, input) =>
      combinations.flatMap((combination) =>
        optionsOf(input).map((option) => ({
          overrides: { ...combination.overrides, ...option.overrides },
          knobAxes: { ...combination.knobAxes, ...option.knobAxes },
          values: { ...combination.values, ...option.values },
        })),
      ),
    [{ overrides: {}, knobAxes: {}, values: {} }],
  );
}

/** The cell with some knob axes replaced. */
export function withKnobAxes(
  cell: CellDefinition,
  knobAxes: Readonly<Record<string, readonly ParamScalar[]>>,
): CellDefinition {
  const axes = cell.knob.axes.map((axis) => ({
    path: axis.path,
    values: knobAxes[axis.path] ?? axis.values,
  }));
  return { ...cell, knob: { ...cell.knob, axes } };
}

/** Share of runs whose rating equals `rating` (0 when there are no runs). */
function shareRated(runs: readonly SensitivityRun[], rating: SynergyRating): number {
  return runs.length === 0 ? 0 : runs.filter((run) => run.rating === rating).length / runs.length;
}

/** The robustness of a cell's rating over its sensitivity inputs. */
export function cellRobustness(
  cell: CellDefinition,
  nominalRating: SynergyRating,
  thresholds: Readonly<MatrixThresholds>,
): Robustness {
  const runs = sensitivityCombinations(cell.sensitivity).map((setting): SensitivityRun => {
    const { score, problems } = scoreCell(withKnobAxes(cell, setting.knobAxes), setting.overrides);
    const rating = ratingFromScore(score, thresholds);
    return { values: setting.values, score, rating, ...(problems.length > 0 ? { problems } : {}) };
  });
  const keptShareFraction = shareRated(runs, nominalRating);
  const articleRating = cell.articleRating;
  return {
    verdict: robustnessVerdict(keptShareFraction, thresholds),
    runCount: runs.length,
    keptShareFraction,
    ...(articleRating === 'not stated'
      ? {}
      : { articleAgreementShareFraction: shareRated(runs, articleRating) }),
    inputs: [...cell.sensitivity],
    runs,
  };
}

/** Share of runs keeping the nominal rating for each value of each input, lowest first. */
export function keptShareByValue(
  robustness: Robustness,
  nominalRating: SynergyRating,
): Array<{ input: string; value: ParamScalar; keptShareFraction: number }> {
  const groups = new Map<string, { input: string; value: ParamScalar; kept: number; total: number }>();
  for (const run of robustness.runs) {
    for (const [input, value] of Object.entries(run.values)) {
      const key = `${input}\u0000${String(value)}`;
      const group = groups.get(key) ?? { input, value, kept: 0, total: 0 };
      groups.set(key, {
        ...group,
        kept: group.kept + (run.rating === nominalRating ? 1 : 0),
        total: group.total + 1,
      });
    }
  }
  return [...groups.values()]
    .map((group) => ({ input: group.input, value: group.value, keptShareFraction: group.kept / group.total }))
    .sort((a, b) => a.keptShareFraction - b.keptShareFraction);
}

/** A sentence on robustness: how many runs keep the rating and, if not all, the settings that break it most. */
export function robustnessNote(robustness: Robustness, nominalRating: SynergyRating): string {
  const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
  const head = `The ${nominalRating} rating holds in ${percent(robustness.keptShareFraction)} of ${robustness.runCount} sensitivity runs (${robustness.verdict})`;
  if (robustness.keptShareFraction >= 1) return `${head}.`;
  const worst = keptShareByValue(robustness, nominalRating).filter(
    (entry) => entry.keptShareFraction < robustness.keptShareFraction,
  );
  const lowest = worst[0]?.keptShareFraction;
  const named = worst
    .filter((entry) => entry.keptShareFraction === lowest)
    .map((entry) => `${entry.input} = ${String(entry.value)}`)
    .join(', ');
  return named ? `${head}; it holds least at ${named} (${percent(lowest ?? 0)} of those runs).` : `${head}.`;
}
