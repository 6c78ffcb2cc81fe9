// The parameter table: every input of the model, grouped, with unit, default, range, description and
// source. One table drives validation, controls, URL encoding and CLI flags; a path is "group.name".
import { LIMITS_PARAMS } from '../limits/params';
import { PRIVACY_PARAMS, PRIVACY_TECHNIQUE_PARAMS } from '../privacy/params';
import { FURTHER_GROUP_PARAMS, TOPOLOGY_PARAMS } from '../topology/params';
import { TRILEMMA_PARAMS } from '../trilemma/params';
import { VERIFICATION_PARAMS, VERIFICATION_TECHNIQUE_PARAMS } from '../verification/params';
import {
  ADVERSARY_PARAMS,
  HARDWARE_PARAMS,
  HETEROGENEITY_PARAMS,
  INFERENCE_PARAMS,
  LEDGER_PARAMS,
  MODEL_PARAMS,
  NETWORK_PARAMS,
  PRECISION_PARAMS,
  TRAINING_PARAMS,
  WORKLOAD_PARAMS,
} from './groups';
import type { GroupValues, ParamGroupSpec, ParamSpec } from './spec';

/** All parameter groups, in the order controls show them. */
export const PARAMETER_TABLE = {
  workload: WORKLOAD_PARAMS,
  model: MODEL_PARAMS,
  training: TRAINING_PARAMS,
  inference: INFERENCE_PARAMS,
  hardware: HARDWARE_PARAMS,
  precision: PRECISION_PARAMS,
  network: NETWORK_PARAMS,
  heterogeneity: HETEROGENEITY_PARAMS,
  topology: TOPOLOGY_PARAMS,
  ...FURTHER_GROUP_PARAMS,
  privacy: PRIVACY_PARAMS,
  ...PRIVACY_TECHNIQUE_PARAMS,
  verification: VERIFICATION_PARAMS,
  ...VERIFICATION_TECHNIQUE_PARAMS,
  ledger: LEDGER_PARAMS,
  adversary: ADVERSARY_PARAMS,
  trilemma: TRILEMMA_PARAMS,
  limits: LIMITS_PARAMS,
} as const satisfies Record<string, ParamGroupSpec>;

/** Name of a parameter group. */
export type GroupName = keyof typeof PARAMETER_TABLE;

/** A full, valid set of model inputs (plain, serialisable data). */
export type Params = { [Group in GroupName]: GroupValues<(typeof PARAMETER_TABLE)[Group]> };

/** A parameter path such as "network.rttMs" (any string: paths read from files, links and flags). */
export type ParamPath = string;

/** Every path the table defines, as a type: a misspelt path in code does not compile. */
export type KnownParamPath = {
  [Group in GroupName]: `${Group}.${keyof (typeof PARAMETER_TABLE)[Group] & string}`;
}[GroupName];

/** Values by path, for code that names its paths (a literal with an unknown path does not compile). */
export type ParamValues = Readonly<Partial<Record<KnownParamPath, number | string | boolean>>>;

/** One row of the table with its path, for generic consumers (controls, CLI, URL). */
export interface ParamRow {
  path: ParamPath;
  group: GroupName;
  name: string;
  spec: ParamSpec;
}

const GROUP_TABLE: Record<string, ParamGroupSpec> = PARAMETER_TABLE;

/** Every parameter as a flat list of rows, in table order. */
export const PARAMETER_ROWS: readonly ParamRow[] = Object.entries(GROUP_TABLE).flatMap(([group, specs]) =>
  Object.entries(specs).map(([name, spec]) => ({
    path: `${group}.${name}`,
    group: group as GroupName,
    name,
    spec,
  })),
);

const ROW_BY_PATH = new Map(PARAMETER_ROWS.map((row) => [row.path, row]));

/** The table row for a path, or undefined for an unknown path. */
export function findParam(path: ParamPath): ParamRow | undefined {
  return ROW_BY_PATH.get(path);
}

/** The defaults of every parameter, as a fresh object. */
export function defaultParams(): Params {
  const params: Record<string, Record<string, unknown>> = {};
  for (const row of PARAMETER_ROWS) {
    params[row.group] ??= {};
    (params[row.group] as Record<string, unknown>)[row.name] = row.spec.default;
  }
  return params as unknown as Params;
}

/** Reads a parameter by path (undefined for an unknown path). */
export function getParam(params: Params, path: ParamPath): number | string | boolean | undefined {
  const [group, name] = path.split('.');
  const values = (params as unknown as Record<string, Record<string, number | string | boolean>>)[
    group ?? ''
  ];
  return values?.[name ?? ''];
}

/** Returns a copy of params with one value replaced; the input is not mutated. Values must be valid. */
export function setParam(params: Params, path: ParamPath, value: number | string | boolean): Params {
  const row = findParam(path);
  if (!row) throw new Error(`Unknown parameter "${path}"`);
  const groups = params as unknown as Record<string, Record<string, unknown>>;
  return { ...params, [row.group]: { ...groups[row.group], [row.name]: value } } as Params;
}

/** Returns a copy of params with several path values replaced. */
export function setParams(params: Params, values: ParamValues): Params {
  return Object.entries(values).reduce((next, [path, value]) => setParam(next, path, value), params);
}
