// Checks a `trend` assertion: along one sweep axis, for each variant (or the one named) and each setting of the
// other axes, the metric must move in the stated direction.
import { formatNumber } from './formatNumber';
import type { AssertionOutcome } from './outcome';
import { metricValue } from './select';
import type { Assertion, Scenario, ScenarioResult, ScenarioRow } from './types';

type TrendAssertion = Extract<Assertion, { type: 'trend' }>;

/** Default largest relative spread of a `flat` trend. */
export const FLAT_TOLERANCE_FRACTION = 0.01;

interface Series {
  name: string;
  alongValues: string[];
  metricValues: number[];
}

function seriesOf(scenario: Scenario, rows: readonly ScenarioRow[], assertion: TrendAssertion): Series[] {
  const otherAxes =
    scenario.sweep?.mode === 'zip' ? [] : (scenario.sweep?.axes ?? []).map((axis) => axis.path);
  const groups = new Map<string, ScenarioRow[]>();
  for (const row of rows) {
    if (assertion.variant !== undefined && row.variant !== assertion.variant) continue;
    const others = otherAxes
      .filter((path) => path !== assertion.along)
      .map((path) => `${path} = ${String(row.point[path])}`);
    const name = [row.variant, ...others].join(', ');
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return [...groups.entries()].map(([name, groupRows]) => {
    const ordered = groupRows.every((row) => typeof row.point[assertion.along] === 'number')
      ? [...groupRows].sort((a, b) => Number(a.point[assertion.along]) - Number(b.point[assertion.along]))
      : groupRows;
    return {
      name,
      alongValues: ordered.map((row) => String(row.point[assertion.along])),
      metricValues: ordered.map((row) => metricValue(row.result, assertion.metric) ?? Number.NaN),
    };
  });
}

/** Why a series breaks the trend, or undefined when it holds. */
function breakReason(series: Series, assertion: TrendAssertion): string | undefined {
  const values = series.metricValues;
  if (values.length < 2) return `fewer than two points along ${assertion.along}`;
  const notFinite = values.findIndex((value) => !Number.isFinite(value));
  if (notFinite >= 0) return `not a finite number at ${assertion.along} = ${series.alongValues[notFinite]}`;
  const tolerance = assertion.toleranceFraction;
  if (assertion.direction === 'flat') {
    const largest = Math.max(...values.map(Math.abs));
    const spread = largest === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / largest;
    const allowed = tolerance ?? FLAT_TOLERANCE_FRACTION;
    return spread <= allowed ? undefined : `spread ${formatNumber(spread)} exceeds ${formatNumber(allowed)}`;
  }
  const slack = tolerance ?? 0;
  const holds = (previous: number, next: number): boolean => {
    switch (assertion.direction) {
      case 'increasing':
        return next > previous;
      case 'decreasing':
        return next < previous;
      case 'non-decreasing':
        return next >= previous - slack * Math.abs(previous);
      default:
        return next <= previous + slack * Math.abs(previous);
    }
  };
  const broken = values.findIndex((value, index) => index > 0 && !holds(values[index - 1] ?? value, value));
  return broken < 0
    ? undefined
    : `not ${assertion.direction} from ${assertion.along} = ${series.alongValues[broken - 1]} to ${series.alongValues[broken]}`;
}

function describeSeries(series: Series, reason: string | undefined): string {
  const pairs = series.metricValues.map(
    (value, index) => `${formatNumber(value)} @ ${series.alongValues[index]}`,
  );
  return `[${series.name}] ${pairs.join(', ')}${reason ? ` (${reason})` : ''}`;
}

/** The outcome of one trend assertion. */
export function checkTrend(
  scenario: Scenario,
  result: ScenarioResult,
  assertion: TrendAssertion,
  index: number,
): AssertionOutcome {
  const series = seriesOf(scenario, result.rows, assertion);
  const verdicts = series.map((entry) => ({ entry, reason: breakReason(entry, assertion) }));
  const failing = verdicts.filter((verdict) => verdict.reason !== undefined);
  const shown = (failing.length > 0 ? failing : verdicts).slice(0, 3);
  const more = (failing.length > 0 ? failing : verdicts).length - shown.length;
  const detail = `${assertion.metric} along ${assertion.along}: ${shown
    .map((verdict) => describeSeries(verdict.entry, verdict.reason))
    .join('; ')}${more > 0 ? `; and ${more} more series` : ''}`;
  const values = Object.fromEntries(
    series.flatMap((entry) =>
      entry.metricValues.map((value, position) => [
        `${entry.name} | ${assertion.along} = ${entry.alongValues[position]}`,
        value,
      ]),
    ),
  );
  return {
    index,
    type: 'trend',
    description:
      assertion.description ?? `${assertion.metric} is ${assertion.direction} along ${assertion.along}`,
    passed: series.length > 0 && failing.length === 0,
    detail: series.length === 0 ? 'no rows to check' : detail,
    values,
  };
}
