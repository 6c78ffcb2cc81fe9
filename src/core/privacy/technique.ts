// The shape of one privacy technique: everything the rest of the code needs to know about it, in one object
// exported by the technique's own file. The technique list (techniques.ts) holds one line per technique;
// the parameter options, the parameter groups, the display names, the chart markers and the engine's
// dispatch all derive from it.
import type { EffectContext } from '../engine/types';
import type { MetricDefinition } from '../metrics/types';
import type { PrivacyOutcome } from './outcome';

/** A parameter group a technique declares: its name in the table, its title and its parameter specs. */
export interface TechniqueParamGroup<Name extends string = string, Specs extends object = object> {
  name: Name;
  label: string;
  params: Specs;
}

/** One privacy technique. */
export interface PrivacyTechniqueDefinition<Id extends string = string> {
  /** The value of privacy.technique that selects it. */
  id: Id;
  /** Its name in controls, tables and legends. */
  label: string;
  /** Plotly marker symbol on the technique map (shape tells techniques apart without colour). */
  chartSymbol: string;
  /** Metrics it reports beyond the core ones (PrivacyOutcome.extraMetrics), with labels and units. */
  metrics?: Readonly<Record<string, MetricDefinition>>;
  /** Its own parameter group, if it has one. */
  paramGroup?: TechniqueParamGroup;
  /** Its cost and guarantees for one step of the configured job. */
  outcome: (context: EffectContext) => PrivacyOutcome;
}
