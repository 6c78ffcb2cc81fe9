// The outcome of one assertion, shared by the assertion checkers.

/** What checking one assertion found. */
export interface AssertionOutcome {
  /** Position of the assertion in the scenario's `expect` list. */
  index: number;
  /** Assertion type: trend, threshold, ratio or matches. */
  type: string;
  /** The assertion's description, or one made from its fields. */
  description: string;
  passed: boolean;
  /** The numbers behind the verdict, in words. */
  detail: string;
  /** The same numbers by name (model, published, ratio, low, high, value, ...). */
  values: Record<string, number>;
}
