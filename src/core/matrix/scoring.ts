// How a cell's sweep becomes a score, a rating and an agreement verdict. The score is the change of the row's
// metric from the knob's low end to its high end, divided by the larger of the two magnitudes, with the sign
// turned so that positive always means "the row got better": it lies in [-1, 1] and is unit-free.
import type { Agreement, ArticleRating, MatrixThresholds, RobustnessVerdict, SynergyRating } from './types';

/**
 * Default thresholds, fixed before any cell was computed. A score of +0.5 means the better end is twice as
 * good as the worse end (a metric doubling, or a probability or time halving); -0.5 is the same the other way.
 * So "strong" = the row improves at least twofold as the column property rises, "weak" = it worsens at least
 * twofold, "medium" = it moves by less than a factor of two either way. A rating is "robust" when at least 80%
 * of the sensitivity runs keep it (a judgement: one run in five may flip it).
 */
export const DEFAULT_MATRIX_THRESHOLDS: Readonly<MatrixThresholds> = {
  strongMinScore: 0.5,
  weakMaxScore: -0.5,
  robustMinShareFraction: 0.8,
};

/** Magnitudes at or below this are treated as zero, so two vanishing values count as no change. */
export const NEGLIGIBLE_MAGNITUDE = 1e-300;

/**
 * Normalised change from `lowEnd` (knob at its low end) to `highEnd`, positive when the metric moves the
 * better way: (better-way change) / max(|lowEnd|, |highEnd|). In [-1, 1] for values of one sign; 0 when
 * both are zero; NaN when either is not finite.
 */
export function normalisedChange(lowEnd: number, highEnd: number, better: 'higher' | 'lower'): number {
  if (!Number.isFinite(lowEnd) || !Number.isFinite(highEnd)) return Number.NaN;
  const scale = Math.max(Math.abs(lowEnd), Math.abs(highEnd));
  if (scale <= NEGLIGIBLE_MAGNITUDE) return 0;
  const change = better === 'higher' ? highEnd - lowEnd : lowEnd - highEnd;
  return change / scale;
}

/** The rating of a score under the thresholds (NaN fails both comparisons and rates "medium"; callers flag it). */
export function ratingFromScore(score: number, thresholds: Readonly<MatrixThresholds>): SynergyRating {
  if (score >= thresholds.strongMinScore) return 'strong';
  if (score <= thresholds.weakMaxScore) return 'weak';
  return 'medium';
}

/** Whether the model's rating equals the article's. */
export function agreementOf(rating: SynergyRating, articleRating: ArticleRating): Agreement {
  if (articleRating === 'not stated') return 'not-rated';
  return rating === articleRating ? 'agree' : 'disagree';
}

/** Robust when the share of sensitivity runs keeping the rating reaches the threshold. */
export function robustnessVerdict(
  keptShareFraction: number,
  thresholds: Readonly<MatrixThresholds>,
): RobustnessVerdict {
  return keptShareFraction >= thresholds.robustMinShareFraction ? 'robust' : 'fragile';
}

/** Checks that thresholds are usable: weak below strong, inside [-1, 1], a share in [0, 1]. */
export function thresholdProblems(thresholds: Readonly<MatrixThresholds>): string[] {
  const problems: string[] = [];
  const { strongMinScore, weakMaxScore, robustMinShareFraction } = thresholds;
  if (!(weakMaxScore < strongMinScore))
    problems.push('the weak threshold must be below the strong threshold');
  if (!(strongMinScore <= 1 && strongMinScore > -1)) problems.push('the strong threshold must be in (-1, 1]');
  if (!(weakMaxScore >= -1 && weakMaxScore < 1)) problems.push('the weak threshold must be in [-1, 1)');
  if (!(robustMinShareFraction >= 0 && robustMinShareFraction <= 1))
    problems.push('the robust share must be in [0, 1]');
  return problems;
}
