// Rules that involve more than one parameter (a technique the hardware cannot run, a combination that makes
// no sense). Single-field types and ranges are checked by the schema built from the table.
import { configuredRunErrors } from '../limits/utilisation/configuredRun';
import { MODEL_CONSTRAINTS } from '../models/constraints';
import { PRIVACY_CONSTRAINTS } from '../privacy/constraints';
import { VERIFICATION_CONSTRAINTS } from '../verification/constraints';
import type { Params } from './table';

/** A problem with one input field, phrased for the person who typed it. */
export interface FieldError {
  /** Where the problem is, e.g. "privacy.technique" or "variants[1].params.network.rttMs". */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** A cross-field rule: returns the errors it finds in a complete parameter set. */
export type ParamConstraint = (params: Params) => FieldError[];

/** Every cross-field rule; techniques add theirs here. */
export const PARAM_CONSTRAINTS: readonly ParamConstraint[] = [
  ...MODEL_CONSTRAINTS,
  ...PRIVACY_CONSTRAINTS,
  ...VERIFICATION_CONSTRAINTS,
  configuredRunErrors,
];

/** Errors of every cross-field rule for a complete parameter set (empty when consistent). */
export function paramConstraintErrors(params: Params): FieldError[] {
  return PARAM_CONSTRAINTS.flatMap((constraint) => constraint(params));
}
