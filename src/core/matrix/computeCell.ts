// Computes one cell: evaluates the row metric and the column measure at every knob point, scores the change
// from the low end to the high end, rates it, compares with the article and explains the verdict.
import { evaluateAnalytic } from '../engine/evaluate';
import { paramConstraintErrors } from '../params/constraints';
import type { Params } from '../params/table';
import type { ParamScalar } from '../scenario/paramSchema';
import { COLUMN_MEASURES, columnMeasureValue, type EvaluateMetrics } from './columnMeasures';
import { knobPointParams, knobValuesAt } from './knobPoints';
import { ROW_METRICS } from './rowMetrics';
import { agreementOf, normalisedChange, ratingFromScore } from './scoring';
import type { CellDefinition, CellPoint, CellResult, MatrixThresholds, SynergyRating } from './types';

/** The engine's analytic path, as the matrix evaluates every point (deterministic, no Monte Carlo). */
export const evaluateMetricsAnalytic: EvaluateMetrics = (params: Params) =>
  evaluateAnalytic(params).result.metrics;

/** Cross-field rule violations of a point, as "path: message" (empty for a consistent point). */
export function pointProblems(params: Params): string[] {
  return paramConstraintErrors(params).map((error) => `${error.path}: ${error.message}`);
}

/**
 * The row metric at each knob point and the resulting score, for the nominal run or a sensitivity run, with
 * the cross-field problems of any point (a run with problems is reported, not silently dropped).
 */
export function scoreCell(
  cell: CellDefinition,
  overrides: Readonly<Record<string, ParamScalar>> = {},
): { values: number[]; score: number; problems: string[] } {
  const metric = ROW_METRICS[cell.row];
  const pointParams = knobPointParams(cell, overrides);
  const values = pointParams.map((params) => metric.value(evaluateMetricsAnalytic(params)));
  const score = normalisedChange(
    values[0] ?? Number.NaN,
    values[values.length - 1] ?? Number.NaN,
    metric.better,
  );
  return { values, score, problems: [...new Set(pointParams.flatMap(pointProblems))] };
}

function formatScore(score: number): string {
  return `${score >= 0 ? '+' : ''}${score.toFixed(2)}`;
}

/** Why the model rates the cell as it does; for a disagreement, why it differs from the article. */
export function explainCell(cell: CellDefinition, score: number, rating: SynergyRating): string {
  const metric = ROW_METRICS[cell.row];
  const moved = Number.isNaN(score)
    ? 'could not be scored (a metric was not a finite number)'
    : `moves by ${formatScore(score)} (${rating})`;
  const head = `Along "${cell.knob.label}", ${metric.label.toLowerCase()} ${moved}. ${cell.mechanism}`;
  if (cell.articleRating === 'not stated')
    return `${head} Not rated in the article; this is the model's own rating.`;
  if (cell.articleRating === rating) return `${head} Agrees with the article (${cell.articleRating}).`;
  return `${head} Disagrees with the article, which rates it ${cell.articleRating}: ${cell.articleBasis}`;
}

/** Computes a cell without robustness (see robustness.ts). */
export function computeCell(cell: CellDefinition, thresholds: Readonly<MatrixThresholds>): CellResult {
  const metric = ROW_METRICS[cell.row];
  const pointParams = knobPointParams(cell);
  const points = pointParams.map((params, index): CellPoint => {
    const evaluation = evaluateAnalytic(params).result;
    return {
      label: cell.knob.pointLabels[index] ?? `point ${index + 1}`,
      knobValues: knobValuesAt(cell.knob, index),
      rowMetricValue: metric.value(evaluation.metrics),
      columnMeasureValue: columnMeasureValue(cell.column, cell.row, params, evaluateMetricsAnalytic),
      warnings: [...evaluation.warnings, ...pointProblems(params)],
    };
  });
  const first = points[0]?.rowMetricValue ?? Number.NaN;
  const last = points[points.length - 1]?.rowMetricValue ?? Number.NaN;
  const score = normalisedChange(first, last, metric.better);
  const rating = ratingFromScore(score, thresholds);
  const measure = COLUMN_MEASURES[cell.column];
  return {
    scenarioId: cell.scenarioId,
    row: cell.row,
    column: cell.column,
    bundle: cell.bundle,
    knob: cell.knob,
    rowMetric: { name: metric.name, label: metric.label, unit: metric.unit, better: metric.better },
    columnMeasure: { name: measure.name, label: measure.label, unit: measure.unit },
    points,
    score,
    rating,
    articleRating: cell.articleRating,
    agreement: agreementOf(rating, cell.articleRating),
    explanation: explainCell(cell, score, rating),
  };
}
