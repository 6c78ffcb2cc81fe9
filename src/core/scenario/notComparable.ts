// Reads what the model computes for each case a scenario lists as `notComparable` (notComparableSchema.ts):
// the value of each named metric at its row, or why there is none. Nothing here passes or fails.
import { describeWhere, metricValue, selectRows } from './select';
import type { Scenario, ScenarioResult } from './types';

/** One model value shown for a not-comparable case. */
export interface ComputedValue {
  label: string;
  metric: string;
  /** The value, when the selected row reports a finite one. */
  value?: number;
  /** Why there is no value (no single row, metric not reported, not finite). */
  problem?: string;
  /** Why the selected row cannot run (memory, physical limits), when it cannot. */
  infeasibleReason?: string;
}

/** A published case the scenario configures from presets whose figure has no comparable model quantity. */
export interface NotComparableOutcome {
  caseId: string;
  reason: string;
  computed: ComputedValue[];
}

/** One outcome per `notComparable` entry, in file order. */
export function readNotComparable(scenario: Scenario, result: ScenarioResult): NotComparableOutcome[] {
  return (scenario.notComparable ?? []).map((entry) => ({
    caseId: entry.caseId,
    reason: entry.reason,
    computed: entry.computed.map(({ label, metric, where }): ComputedValue => {
      const rows = selectRows(result.rows, where);
      const row = rows.length === 1 ? rows[0] : undefined;
      if (!row) return { label, metric, problem: `${describeWhere(where)} selects ${rows.length} rows` };
      const infeasible = row.result.feasible
        ? {}
        : { infeasibleReason: row.result.infeasibleReasons.join('; ') };
      const value = metricValue(row.result, metric);
      if (value === undefined || !Number.isFinite(value))
        return { label, metric, problem: `${metric} is ${value ?? 'not reported'}`, ...infeasible };
      return { label, metric, value, ...infeasible };
    }),
  }));
}
