// The readable text of a claim report, for the CLI: verdict and probability, the distribution with a one-line
// histogram, the inputs that matter, what one would have to believe, implied overheads and nearest cases. The
// claim and its percentiles are written as the app writes them (src/core/format/readable.ts); the rest keeps
// four significant digits for checking by hand.
import { formatPercentText, formatQuantity } from '../format/readable';
import { formatNumber } from '../scenario/formatNumber';
import type { ClaimReport, Histogram } from './types';

/** Eight heights of a text bar, lowest first. */
const BAR_GLYPHS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

const directionWords: Record<ClaimReport['claim']['direction'], string> = {
  'at-least': 'at least',
  'at-most': 'at most',
  about: 'about',
};

const withUnit = (value: number, unit: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;
const probability = (value: number) => formatNumber(value, 3);

/** The histogram as one line of bar glyphs, tallest bin full height. */
export function histogramLine(histogram: Histogram): string {
  const tallest = Math.max(0, ...histogram.bins.map((bin) => bin.count));
  if (tallest === 0) return '';
  return histogram.bins
    .map((bin) =>
      bin.count === 0 ? ' ' : (BAR_GLYPHS[Math.ceil((bin.count / tallest) * BAR_GLYPHS.length) - 1] ?? '█'),
    )
    .join('');
}

function claimLine(report: ClaimReport): string {
  const { claim } = report;
  const tolerance =
    claim.direction === 'about' ? ` (within ±${formatPercentText(claim.toleranceFraction)})` : '';
  return `Claim: ${claim.label} ${directionWords[claim.direction]} ${formatQuantity(claim.value, claim.unit)}${tolerance} [${claim.metric}]`;
}

function distributionLines(report: ClaimReport): string[] {
  const { distribution: d, claim } = report;
  const unit = claim.unit;
  const histogram = d.histogram;
  const low = histogram.bins[0]?.lowerEdge ?? d.min;
  const high = histogram.bins[histogram.bins.length - 1]?.upperEdge ?? d.max;
  const shown = (value: number) => formatQuantity(value, unit);
  return [
    `Model: P5 ${shown(d.p5)}  P10 ${shown(d.p10)}  P50 ${shown(d.p50)}  P90 ${shown(d.p90)}  P95 ${shown(d.p95)}`,
    `       min ${shown(d.min)}  max ${shown(d.max)}  nominal ${shown(report.nominalMetricValue)}  claimed / median ${formatNumber(report.claimOverMedianRatio, 3)}`,
    `       ${shown(low)} |${histogramLine(histogram)}| ${shown(high)}  (${histogram.scale} bins)`,
  ];
}

function uncertaintyLines(report: ClaimReport): string[] {
  const parts = report.uncertainty;
  const error = parts.modelError;
  const inputsOnly = `inputs alone: P(claim side holds) = ${probability(parts.inputOnlySupportFraction)}`;
  if (error === null) return [`Model error: the metric belongs to no measured area; ${inputsOnly}`];
  if (parts.modelLog10Sd === null)
    return [`Model error (${error.areaLabel}): ${error.trackRecord}; ${inputsOnly}`];
  const share = (value: number | null) => (value === null ? '-' : `${formatNumber(value * 100, 2)}%`);
  const band = parts.withModelError;
  return [
    `Model error (${error.areaLabel}): ${error.trackRecord}; 90% within x${formatNumber(error.factor90 ?? Number.NaN, 3)}`,
    `  uncertainty of the answer (variance of log10): inputs ${share(parts.inputShareFraction)}, model ${share(parts.modelShareFraction)}; ${inputsOnly}`,
    ...(band
      ? [
          `  with model error: P10 ${formatQuantity(band.p10, report.claim.unit)}  P50 ${formatQuantity(band.p50, report.claim.unit)}  P90 ${formatQuantity(band.p90, report.claim.unit)}`,
        ]
      : []),
  ];
}

function inputLines(report: ClaimReport): string[] {
  if (report.inputs.length === 0) return ['Uncertain inputs: none'];
  const width = Math.max(...report.inputs.map((input) => input.path.length));
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${formatNumber(value, 2)}`;
  return [
    'Uncertain inputs, by rank correlation with the metric (swing: metric change across the range, others nominal):',
    ...report.inputs.map(
      (input) =>
        `  ${input.path.padEnd(width)}  rho ${signed(input.rankCorrelation).padEnd(6)}  swing ${`${formatNumber(input.swingRatio * 100, 2)}%`.padEnd(7)}  ${formatNumber(input.low)}-${withUnit(input.high, input.unit)} (${input.rangeOrigin})`,
    ),
  ];
}

function listSection(title: string, lines: string[], empty: string): string[] {
  return [title, ...(lines.length > 0 ? lines.map((line) => `  - ${line}`) : [`  ${empty}`])];
}

/** The whole readable report. */
export function formatClaimReport(report: ClaimReport): string {
  const { source } = report;
  const where = [source.document, source.date, source.section].filter(Boolean).join(', ');
  const [low, high] = report.supportInterval95Fraction;
  const lines = [
    `${report.claimId}: ${report.title}`,
    `Source: ${source.who}, ${where}`,
    `  ${source.statement}`,
    claimLine(report),
    '',
    `Verdict: ${report.verdict.toUpperCase()}  P(claim side holds) = ${probability(report.supportProbabilityFraction)} [95%: ${probability(low)}-${probability(high)}]` +
      (report.claim.direction === 'about'
        ? `, P(inside the band) = ${probability(report.holdsProbabilityFraction)}`
        : ''),
    `  (plausible at >= ${report.thresholds.plausibleFraction}, optimistic at >= ${report.thresholds.optimisticFraction}; ${report.runCount} draws, seed "${report.seed}")`,
    ...distributionLines(report),
    ...uncertaintyLines(report),
    '',
    ...inputLines(report),
    '',
    ...listSection(
      'What you would have to believe (one input at a time, the others at their nominal values):',
      report.beliefs.map((row) => row.summary),
      'no input moves the metric enough to solve for',
    ),
    '',
    ...listSection(
      'What the claim implies:',
      report.implied.map((entry) => `${entry.label}: ${entry.summary}`),
      'nothing to back-solve for this configuration',
    ),
    '',
    ...listSection(
      'Nearest published cases:',
      report.nearestCases.map((entry) => `${entry.id} (${entry.area}): ${entry.reasons.join('; ')}`),
      'none',
    ),
    ...(report.warnings.length > 0 ? ['', ...listSection('Warnings:', report.warnings, '')] : []),
  ];
  return `${lines.join('\n')}\n`;
}
