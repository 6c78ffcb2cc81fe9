// Prepares a claim report for display: the histogram split by which side of the claimed value each bin lies
// on, and the rows of the "what you would have to believe" and "what the claim implies" tables with sources.
// Reads the report; computes nothing about the model.
import type { BeliefRow, ClaimReport, HistogramBin } from '../../core/claims/index';
import { formatSignificant } from '../format/formatNumber';

/** Histogram bins grouped for colouring, ready for a bar chart. */
export interface HistogramSeries {
  groups: Array<{
    name: string;
    role: 'holds' | 'fails' | 'straddles';
    x: number[];
    width: number[];
    count: number[];
    rangeText: string[];
  }>;
  claimedValue: number;
  xTitle: string;
  xLog: boolean;
  maxCount: number;
}

type Role = HistogramSeries['groups'][number]['role'];

const roleOf = (bin: HistogramBin, claim: ClaimReport['claim']): Role => {
  const low = claim.direction === 'about' ? claim.value * (1 - claim.toleranceFraction) : claim.value;
  const high = claim.direction === 'about' ? claim.value * (1 + claim.toleranceFraction) : claim.value;
  const inside = (edgeLow: number, edgeHigh: number) =>
    claim.direction === 'at-least'
      ? edgeLow >= low
      : claim.direction === 'at-most'
        ? edgeHigh <= high
        : edgeLow >= low && edgeHigh <= high;
  const outside =
    claim.direction === 'at-least'
      ? bin.upperEdge <= low
      : claim.direction === 'at-most'
        ? bin.lowerEdge >= high
        : bin.upperEdge <= low || bin.lowerEdge >= high;
  if (inside(bin.lowerEdge, bin.upperEdge)) return 'holds';
  return outside ? 'fails' : 'straddles';
};

const GROUP_NAMES: Record<Role, string> = {
  holds: 'Draws where the claim holds',
  fails: 'Draws where it does not',
  straddles: 'Bin containing the claimed value',
};

/** The report's histogram, each bin as a bar spanning its edges, grouped by side of the claim. */
export function histogramSeries(report: ClaimReport): HistogramSeries {
  const { histogram } = report.distribution;
  const roles: Role[] = ['holds', 'straddles', 'fails'];
  const groups = roles.map((role) => {
    const bins = histogram.bins.filter((bin) => roleOf(bin, report.claim) === role);
    return {
      name: GROUP_NAMES[role],
      role,
      x: bins.map((bin) => (bin.lowerEdge + bin.upperEdge) / 2),
      width: bins.map((bin) => bin.upperEdge - bin.lowerEdge),
      count: bins.map((bin) => bin.count),
      rangeText: bins.map((bin) => `${formatSignificant(bin.lowerEdge)}–${formatSignificant(bin.upperEdge)}`),
    };
  });
  const unit = report.claim.unit;
  return {
    groups: groups.filter((group) => group.x.length > 0),
    claimedValue: report.claim.value,
    xTitle: unit ? `${report.claim.label} (${unit})` : report.claim.label,
    xLog: histogram.scale === 'log',
    maxCount: Math.max(0, ...histogram.bins.map((bin) => bin.count)),
  };
}

/** One row of "what you would have to believe". */
export interface BeliefView {
  path: string;
  label: string;
  rangeText: string;
  requiredText: string;
  summary: string;
  source: string;
  position: BeliefRow['position'];
}

const withUnit = (value: number, unit: string) => `${formatSignificant(value)}${unit ? ` ${unit}` : ''}`;

/** The belief rows with their ranges' sources (from the worker, by path). */
export function beliefViews(report: ClaimReport, sources: Readonly<Record<string, string>>): BeliefView[] {
  const origins = new Map(report.inputs.map((input) => [input.path, input.rangeOrigin]));
  return report.beliefs.map((row) => ({
    path: row.path,
    label: row.label,
    rangeText: `${formatSignificant(row.low)}–${withUnit(row.high, row.unit)}`,
    requiredText:
      row.requiredValue === undefined
        ? '—'
        : `${row.holdsWhen === 'at-most' ? '≤' : '≥'} ${withUnit(row.requiredValue, row.unit)}`,
    summary: row.summary,
    source: `${sources[row.path] ?? 'not given'} (${origins.get(row.path) ?? 'plausible-range table'})`,
    position: row.position,
  }));
}
