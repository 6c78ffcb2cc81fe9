// Renders docs/metrics.md from the metric catalog, grouped by the corner of the triangle each belongs to.
import { METRIC_CATALOG } from '../src/core/metrics/catalog';
import type { MetricDefinition } from '../src/core/metrics/types';

const CORNER_TITLES: Record<MetricDefinition['corner'], string> = {
  performance: 'Performance',
  verifiability: 'Verifiability',
  privacy: 'Privacy',
  ledger: 'Ledger',
  limits: 'Scaling limits (Epoch AI)',
  trilemma: 'Trilemma (decentralization, security, scalability)',
};

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The whole Markdown page. */
export function renderMetricsDoc(): string {
  const lines = [
    '# Output metrics',
    '',
    'Generated from `src/core/metrics/catalog.ts` by `npm run docs:metrics`; do not edit by hand.',
    '',
    "Every metric is a number in the CLI's `--json` and `--csv` output and in the app. Its name ends in its unit",
    '(`S` seconds, `Usd` US dollars, `Bytes`, `Flop`, `KWh`; `Fraction` is 0 to 1, `Ratio` a unitless ratio,',
    '`Count` a count). With Monte Carlo, banded metrics also appear as `name.p10`, `name.p50` and `name.p90`.',
    '',
  ];
  for (const [corner, title] of Object.entries(CORNER_TITLES)) {
    const entries = Object.entries(METRIC_CATALOG).filter(([, metric]) => metric.corner === corner);
    if (entries.length === 0) continue;
    lines.push(`## ${title}`, '', '| metric | unit | better | meaning |', '| --- | --- | --- | --- |');
    for (const [name, metric] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(
        `| \`${name}\` | ${cell(metric.unit || '-')} | ${metric.better} | ${cell(metric.description)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
