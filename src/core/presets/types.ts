// The shape of a preset: named values for part of one parameter group, with the source they come from.

/** A named set of parameter values a user can pick (hardware model, network class, ...). */
export interface Preset<Values> {
  id: string;
  label: string;
  /** Values for parameters of one group, keyed by parameter name (units as in the table). */
  values: Values;
  /** Where the values come from. */
  source: string;
}
