// Agreement across environments: the sweep saved as a scenario file, run in Node with the core's scenario
// runner (what the CLI does), reproduces the numbers the browser's worker computed. Chromium's and Node's V8
// round Math.exp, Math.log and Math.pow differently in the last bit, so the check is to 1e-12 relative, not to
// the byte; docs/app.md explains.
import { readFile } from 'node:fs/promises';
import { parseScenarioText, runScenario } from '../../../src/core/scenario/index';
import { openApp, sweepTraceValues } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** Largest relative difference allowed between engines (a few units in the last place of a double). */
const CROSS_ENGINE_RELATIVE_TOLERANCE = 1e-12;

/** Index and values of the first pair further apart than the tolerance, or null when all agree. */
function firstDisagreement(
  node: ReadonlyArray<number | null>,
  browser: ReadonlyArray<number | null>,
): string | null {
  if (node.length !== browser.length) return `lengths ${node.length} and ${browser.length}`;
  for (const [index, value] of node.entries()) {
    const other = browser[index] ?? null;
    if (value === null || other === null) {
      if (value !== other) return `point ${index}: ${value} vs ${other}`;
      continue;
    }
    const scale = Math.max(Math.abs(value), Math.abs(other), Number.MIN_VALUE);
    if (Math.abs(value - other) / scale > CROSS_ENGINE_RELATIVE_TOLERANCE)
      return `point ${index}: ${value} vs ${other}`;
  }
  return null;
}

/** The cross-environment cases. */
export const DETERMINISM_CASES: BrowserCase[] = [
  {
    name: 'a saved scenario file reproduces the browser numbers in Node',
    run: async ({ page, baseUrl }) => {
      await openApp(
        page,
        baseUrl,
        'v=1&view=explore&seed=same-bytes&network.nodeCount=30&heterogeneity.speedSigma=0.3',
      );
      const expected = await sweepTraceValues(page);
      const p90 = await sweepTraceValues(page, 'P10-P90 (Monte Carlo)');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('save-scenario').click(),
      ]);
      const parsed = parseScenarioText(await readFile(await download.path(), 'utf8'));
      check(
        parsed.ok,
        `the saved file is not a valid scenario: ${parsed.ok ? '' : JSON.stringify(parsed.errors)}`,
      );
      const rows = runScenario(parsed.scenario).rows;
      const nodeValues = rows.map((row) => row.result.metrics.throughputTokensPerS ?? null);
      const nodeP90 = rows.map((row) => row.result.bands.throughputTokensPerS?.p90 ?? null);
      check(p90.length > 0, 'the browser chart has no P90 band');
      const valueProblem = firstDisagreement(nodeValues, expected);
      check(valueProblem === null, `expected values differ between Node and the browser: ${valueProblem}`);
      const bandProblem = firstDisagreement(nodeP90, p90);
      check(bandProblem === null, `Monte Carlo P90 differs between Node and the browser: ${bandProblem}`);
    },
  },
];
