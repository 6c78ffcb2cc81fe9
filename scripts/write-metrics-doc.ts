// `npm run docs:metrics`: writes docs/metrics.md from the metric catalog, so the list cannot drift from the
// code. A test fails when the committed file differs from what this script would write.
import { writeFileSync } from 'node:fs';
import { renderMetricsDoc } from './metricsDoc';

const METRICS_DOC_PATH = 'docs/metrics.md';
writeFileSync(METRICS_DOC_PATH, renderMetricsDoc());
console.log(`wrote ${METRICS_DOC_PATH}`);
