// Prepares a claim report for display: the histogram split by which side of the claimed value each bin lies
// on, and the rows of the "what you would have to believe" and "what the claim implies" tables with sources.
// Reads the report; computes nothing about the model.
import type { BeliefRow, ClaimReport, HistogramBin } from '../../core/claims/index';
import { formatQuantityRange } from '../../core/format/readable';
import { formatWithUnit } from '../format/formatNumber';

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
  /** The claimed value with its unit, as the chart's note writes it. */
  claimedText: string;
  xTitle: string;
  /** The claimed metric's unit (the catalog's), for the axis format. */
  xUnit: string;
  xLog: boolean;
  maxCount: number;
  /** The x range that holds the draws (bins with a count), padded, in data units: the chart zooms to it. */
  xRange: [number, number] | null;
  /** Where the claimed value lies when it is off the zoomed range. */
  claimedOffChart: 'left' | 'right' | null;
}

/** Padding each side of the draws' span, as a share of the span (linear) or of its decades (log). */
const RANGE_PAD_FRACTION = 0.05;

/** The padded span of the bins that hold draws; null without any. */
function drawsRange(bins: readonly HistogramBin[], log: boolean): [number, number] | null {
  const filled = bins.filter((bin) => bin.count > 0);
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (!first || !last) return null;
  const low = Math.min(...filled.map((bin) => bin.lowerEdge));
  const high = Math.max(...filled.map((bin) => bin.upperEdge));
  if (log && low > 0) {
    const pad = (Math.log10(high) - Math.log10(low)) * RANGE_PAD_FRACTION;
    return [low / 10 ** pad, high * 10 ** pad];
  }
  const pad = (high - low) * RANGE_PAD_FRACTION || Math.abs(high) * RANGE_PAD_FRACTION || 1;
  return [low - pad, high + pad];
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
      rangeText: bins.map((bin) => formatQuantityRange(bin.lowerEdge, bin.upperEdge, report.claim.unit)),
    };
  });
  const unit = report.claim.unit;
  const xLog = histogram.scale === 'log';
  const xRange = drawsRange(histogram.bins, xLog);
  const claimed = report.claim.value;
  return {
    groups: groups.filter((group) => group.x.length > 0),
    claimedValue: report.claim.value,
    claimedText: formatWithUnit(report.claim.value, unit),
    xTitle: unit ? `${report.claim.label} (${unit})` : report.claim.label,
    xUnit: unit,
    xLog,
    maxCount: Math.max(0, ...histogram.bins.map((bin) => bin.count)),
    xRange,
    claimedOffChart: !xRange ? null : claimed < xRange[0] ? 'left' : claimed > xRange[1] ? 'right' : null,
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

/** The belief rows with their ranges' sources (from the worker, by path). */
export function beliefViews(report: ClaimReport, sources: Readonly<Record<string, string>>): BeliefView[] {
  const origins = new Map(report.inputs.map((input) => [input.path, input.rangeOrigin]));
  return report.beliefs.map((row) => ({
    path: row.path,
    label: row.label,
    rangeText: formatQuantityRange(row.low, row.high, row.unit),
    requiredText:
      row.requiredValue === undefined
        ? '—'
        : `${row.holdsWhen === 'at-most' ? '≤' : '≥'} ${formatWithUnit(row.requiredValue, row.unit)}`,
    summary: row.summary,
    source: `${sources[row.path] ?? 'not given'} (${origins.get(row.path) ?? 'plausible-range table'})`,
    position: row.position,
  }));
}
