// A claim check's report: the claim and its source, the verdict with its probability (inputs and the model's
// own error), how that uncertainty splits between the two, the distribution of the
// claimed metric, what you would have to believe (with the sources of the ranges), what the claim implies,
// the nearest published cases and any warnings.
import { useMemo } from 'react';
import type { StepWhy } from '../../core/claims/why';
import { humaniseMessage } from '../../core/names/humanise';
import { histogramFigure } from '../charts/histogramFigure';
import { PlotlyChart } from '../charts/PlotlyChart';
import { useChartTheme } from '../charts/useChartTheme';
import { formatDuration, formatPercent, formatSignificant, formatWithUnit } from '../format/formatNumber';
import { beliefViews, histogramSeries } from '../series/claimSeries';
import type { ClaimResult } from '../store/claimSlice';
import { ClaimUncertainty } from './ClaimUncertainty';

const DIRECTION_WORDS = { 'at-least': 'at least', 'at-most': 'at most', about: 'about' } as const;

/** "What you would have to believe": one input at a time, the others at their nominal values. */
function BeliefsTable({ result }: { result: ClaimResult }) {
  const rows = beliefViews(result.report, result.inputSources);
  if (rows.length === 0) return <p className="muted">No input moves the metric enough to solve for.</p>;
  return (
    <table className="data-table" data-testid="beliefs">
      <caption>
        What you would have to believe (one input at a time, the others at their nominal values)
      </caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Plausible range</th>
          <th scope="col">The claim needs</th>
          <th scope="col">In words</th>
          <th scope="col">Source of the range</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} data-position={row.position}>
            <th scope="row">{row.label}</th>
            <td>{row.rangeText}</td>
            <td>{row.requiredText}</td>
            <td>{row.summary}</td>
            <td className="source">
              <cite>{row.source}</cite>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Why the metric lands where it does: the step at the central values and the term that takes most of it. */
function WhyLine({ why }: { why: StepWhy }) {
  const deciding = why.decidingTerm;
  if (!deciding) return null;
  const others = why.terms
    .slice(1, 3)
    .map((term) => `${term.name} ${formatDuration(term.seconds)}`)
    .join(', ');
  return (
    <p className="claim-why" data-testid="claim-why">
      <strong>Why:</strong> at the claim’s central values one step takes {formatDuration(why.stepTimeS)}, and{' '}
      <strong>{deciding.name}</strong> ({deciding.category}) decides it: {formatDuration(deciding.seconds)},{' '}
      {formatPercent(deciding.shareFraction)} of the step{others ? ` (next: ${others})` : ''}.
      {why.limitingGroup && ` The pace is set by ${why.limitingGroup}; limiting link: ${why.limitingLink}.`}
    </p>
  );
}

/** The whole report of `result`. */
export function ClaimReportView({ result }: { result: ClaimResult }) {
  const { report } = result;
  const theme = useChartTheme();
  const figure = useMemo(() => histogramFigure(histogramSeries(report), theme), [report, theme]);
  const { claim, distribution: d, source } = report;
  const [low, high] = report.supportInterval95Fraction;
  return (
    <article
      className="claim-report"
      data-testid="claim-report"
      data-claim={report.claimId}
      data-verdict={report.verdict}
    >
      <h2>{report.title}</h2>
      <blockquote>
        <p>{source.statement}</p>
        <footer>
          {source.who}, {[source.document, source.date, source.section].filter(Boolean).join(', ')}
        </footer>
      </blockquote>
      <p className="claim-line">
        Claim: {claim.label} {DIRECTION_WORDS[claim.direction]} {formatWithUnit(claim.value, claim.unit)}
        {claim.direction === 'about' ? ` (within ±${formatPercent(claim.toleranceFraction)})` : ''}
      </p>
      <p className={`verdict-badge verdict-${report.verdict}`} data-testid="claim-verdict">
        <strong>{report.verdict.toUpperCase()}</strong>: the claim’s side holds with probability{' '}
        {formatPercent(report.supportProbabilityFraction)} over {report.runCount} draws of the inputs and the
        model’s measured error (95%: {formatPercent(low)}–{formatPercent(high)}; plausible at ≥{' '}
        {formatPercent(report.thresholds.plausibleFraction)}, optimistic at ≥{' '}
        {formatPercent(report.thresholds.optimisticFraction)}). Seed “{report.seed}”.
      </p>
      <ClaimUncertainty report={report} />
      <PlotlyChart
        figure={figure}
        label={`Distribution of ${claim.label} over the draws, with the claimed value`}
        testId="claim-chart"
        exportName={`claim-${report.claimId}`}
        exportSettings={`${report.title} · ${report.runCount} draws · seed “${report.seed}”`}
      />
      <p className="muted">
        P10 {formatWithUnit(d.p10, claim.unit)}, median {formatWithUnit(d.p50, claim.unit)}, P90{' '}
        {formatWithUnit(d.p90, claim.unit)}; claimed / median ={' '}
        {formatSignificant(report.claimOverMedianRatio)}.
      </p>
      {result.why && <WhyLine why={result.why} />}
      <BeliefsTable result={result} />
      {report.implied.length > 0 && (
        <section>
          <h3>What the claim implies</h3>
          <ul>
            {report.implied.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.label}</strong>: {humaniseMessage(entry.summary)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Nearest published cases</h3>
        {report.nearestCases.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {report.nearestCases.map((entry) => (
              <li key={entry.id}>
                <code>{entry.id}</code> ({entry.area}): {entry.reasons.map(humaniseMessage).join('; ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.warnings.length > 0 && (
        <ul className="warnings" role="status">
          {report.warnings.map((warning) => (
            <li key={warning}>{humaniseMessage(warning)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
