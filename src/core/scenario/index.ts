// The scenario API in one import: parse, run, check, overrides, tidy output and the JSON Schema.

export { describeAllowed } from '../params/describe';
export { type AssertionOutcome, checkScenario } from './check';
export { type OverridesOutcome, parseOverride, parseOverrides } from './overrides';
export { type ParseOutcome, parseScenario, parseScenarioText } from './parse';
export { BASE_VARIANT_ID, type ResolvedRow, resolveRows } from './resolve';
export { rowConstraintErrors } from './rowConstraints';
export { type RunOptions, runScenario } from './run';
export { scenarioJsonSchema, scenarioSchema } from './schema';
export { resultToCsv, resultToJson } from './serialize';
export { type TidyCell, type TidyTable, tidyTable } from './tidy';
export type { Assertion, ParamScalar, Scenario, ScenarioResult, ScenarioRow, Where } from './types';
