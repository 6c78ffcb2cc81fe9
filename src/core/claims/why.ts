// Why a claim's metric comes out where it does: the time of one step at the claim's central values (every
// uncertain input at its nominal value), term by term, and the term that takes the largest share of it. A
// claim about throughput, latency or proving time is decided by that term (proving for a claim with a
// zero-knowledge proof of every step). Computed on the analytic path; pure.
import { evaluateAnalytic } from '../engine/evaluate';
import type { StepCategory } from '../engine/types';
import type { Params } from '../params/table';

/** One named slice of the step. */
export interface WhyTerm {
  name: string;
  category: StepCategory;
  seconds: number;
}

/** The step's breakdown and its largest term. */
export interface StepWhy {
  /** Time of one step at the central values, seconds. */
  stepTimeS: number;
  /** The step's terms with a positive time, largest first. */
  terms: WhyTerm[];
  /** The largest term and its share of the step, or null for a step of no time. */
  decidingTerm: (WhyTerm & { shareFraction: number }) | null;
  /** In a network of several node groups: the group and the link that set the pace (absent otherwise). */
  limitingGroup?: string;
  limitingLink?: string;
}

/** The breakdown of one step of `params` (the claim's configuration at its central values). */
export function stepWhy(params: Params): StepWhy {
  const { terms, labels } = evaluateAnalytic(params).result;
  const positive = terms
    .filter((term) => term.seconds > 0)
    .map(({ name, category, seconds }) => ({ name, category, seconds }))
    .sort((a, b) => b.seconds - a.seconds);
  const stepTimeS = positive.reduce((sum, term) => sum + term.seconds, 0);
  const first = positive[0];
  return {
    stepTimeS,
    terms: positive,
    decidingTerm: first && stepTimeS > 0 ? { ...first, shareFraction: first.seconds / stepTimeS } : null,
    ...(labels.limitingGroup ? { limitingGroup: labels.limitingGroup } : {}),
    ...(labels.limitingLink ? { limitingLink: labels.limitingLink } : {}),
  };
}
