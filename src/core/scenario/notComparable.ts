// Reads what the model computes for each case a scenario lists as `notComparable` (notComparableSchema.ts):
// the value of each named metric at its row (or its ratio to another row), or why there is none. Nothing here
// passes or fails.
import { describeWhere, metricValue, selectRows } from './select';
import type { Scenario, ScenarioResult, Where } from './types';

/** One model value shown for a not-comparable case. */
export interface ComputedValue {
  label: string;
  metric: string;
  /** The value (or the ratio of two rows' values), when the rows report finite ones. */
  value?: number;
  /** Why there is no value (no single row, metric not reported, not finite). */
  problem?: string;
  /** Why a selected row cannot run (memory, physical limits), when it cannot. */
  infeasibleReason?: string;
  /** True when the value is the metric at `where` over the metric at `dividedBy`. */
  isRatio?: boolean;
}

/** A published case the scenario configures from presets whose figure has no comparable model quantity. */
export interface NotComparableOutcome {
  caseId: string;
  reason: string;
  computed: ComputedValue[];
}

type Read = { value?: number; problem?: string; infeasibleReason?: string };

function readRow(result: ScenarioResult, where: Where, metric: string): Read {
  const rows = selectRows(result.rows, where);
  const row = rows.length === 1 ? rows[0] : undefined;
  if (!row) return { problem: `${describeWhere(where)} selects ${rows.length} rows` };
  const infeasible = row.result.feasible ? {} : { infeasibleReason: row.result.infeasibleReasons.join('; ') };
  const value = metricValue(row.result, metric);
  if (value === undefined || !Number.isFinite(value))
    return { problem: `${metric} is ${value ?? 'not reported'} at ${describeWhere(where)}`, ...infeasible };
  return { value, ...infeasible };
}

function readComputed(
  result: ScenarioResult,
  shown: { label: string; metric: string; where: Where; dividedBy?: Where },
): ComputedValue {
  const { label, metric } = shown;
  const top = readRow(result, shown.where, metric);
  if (!shown.dividedBy) return { label, metric, ...top };
  const bottom = readRow(result, shown.dividedBy, metric);
  const reasons = [top.infeasibleReason, bottom.infeasibleReason].filter((reason) => reason !== undefined);
  const infeasible = reasons.length > 0 ? { infeasibleReason: reasons.join('; ') } : {};
  const problem = top.problem ?? bottom.problem;
  if (problem !== undefined || top.value === undefined || bottom.value === undefined)
    return { label, metric, isRatio: true, problem: problem ?? 'no value', ...infeasible };
  const ratio = top.value / bottom.value;
  if (!Number.isFinite(ratio))
    return { label, metric, isRatio: true, problem: `the ratio is ${ratio}`, ...infeasible };
  return { label, metric, isRatio: true, value: ratio, ...infeasible };
}

/** One outcome per `notComparable` entry, in file order. */
export function readNotComparable(scenario: Scenario, result: ScenarioResult): NotComparableOutcome[] {
  return (scenario.notComparable ?? []).map((entry) => ({
    caseId: entry.caseId,
    reason: entry.reason,
    computed: entry.computed.map((shown) => readComputed(result, shown)),
  }));
}
