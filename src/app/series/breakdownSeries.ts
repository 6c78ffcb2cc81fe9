// Prepares the step-time breakdown: the engine's named terms summed per category, in stacking order.
import { STEP_CATEGORIES, type StepCategory, type StepTerm } from '../../core/engine/types';

/** Seconds of one category of the step, with the terms it is made of. */
export interface BreakdownSlice {
  category: StepCategory;
  seconds: number;
  /** "name: seconds" per term, for the hover text. */
  termNames: string[];
}

/** The categories with non-zero time, in STEP_CATEGORIES order. */
export function breakdownSeries(terms: readonly StepTerm[]): BreakdownSlice[] {
  return STEP_CATEGORIES.map((category) => {
    const inCategory = terms.filter((term) => term.category === category);
    return {
      category,
      seconds: inCategory.reduce((sum, term) => sum + term.seconds, 0),
      termNames: inCategory.map((term) => term.name),
    };
  }).filter((slice) => slice.seconds > 0);
}
