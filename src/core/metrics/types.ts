// The shape of one metric's definition in the catalog.

/** What a metric means and how to show it. */
export interface MetricDefinition {
  /** Short label for axes and tables. */
  label: string;
  /** Unit as shown to people ("s", "tokens/s", "fraction", "USD", ...); empty for pure counts of nothing. */
  unit: string;
  /** One sentence: what it measures, per what. */
  description: string;
  /** Which way is better for the user, for colouring and for the synergy matrix; "neither" for context. */
  better: 'higher' | 'lower' | 'neither';
  /** Part of the triangle the metric belongs to. */
  corner: 'performance' | 'verifiability' | 'privacy' | 'ledger' | 'limits' | 'trilemma';
}
