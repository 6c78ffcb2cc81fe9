// Model-error cases (docs/validation.md, "Out-of-sample error by area"): the Explore sweep shows the Monte
// Carlo band and the wider band with the model's error as two labelled shades, each headline figure states the
// model's track record in its area with a link to the table, and the Scenarios view shows a documented
// calibration miss as a known miss with its reason rather than a bare FAIL; a claim check splits its
// uncertainty between the inputs and the model.
import { join } from 'node:path';
import { checkFile } from '../../../src/cli/checkFile';
import { findScenarioFiles } from '../../../src/cli/findScenarioFiles';
import { readAssertion } from '../../../src/core/scenario/knownMiss';
import { DRAW_TIMEOUT_MS, openApp, sweepTraceNames } from '../appPage';
import { REPO_ROOT } from '../harness';
import { type BrowserCase, check } from '../runner';

/**
 * A calibration scenario with a documented miss, found by checking them in Node as `sim check` does (the model
 * changes, so which figure misses does too), with its number of known misses and its first reason.
 */
function scenarioWithKnownMiss(): { id: string; count: number; reason: string } {
  for (const file of findScenarioFiles(join(REPO_ROOT, 'scenarios', 'calibration'))) {
    const checked = checkFile(file);
    if (checked.status !== 'checked') continue;
    const misses = checked.outcomes
      .map((outcome) => readAssertion(checked.scenario.expect?.[outcome.index], outcome.passed))
      .filter((reading) => reading.verdict === 'known-miss');
    const reason = misses[0]?.missReason;
    if (reason !== undefined) return { id: checked.scenario.id, count: misses.length, reason };
  }
  throw new Error('no calibration scenario has a known miss to show');
}

const MODEL_BAND_PREFIX = 'P10-P90 with model error';
const MONTE_CARLO_BAND = 'P10-P90 (Monte Carlo)';

/** The model-error cases, in order. */
export const MODEL_ERROR_CASES: BrowserCase[] = [
  {
    name: 'the Explore sweep shows the Monte Carlo band and the model-error band as two labelled shades',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await page.waitForFunction(
        (names) => {
          const element = document.querySelector('[data-testid="sweep-chart"]') as
            | (HTMLElement & { data?: Array<{ name?: string }> })
            | null;
          const traces = element?.data?.map((trace) => trace.name ?? '') ?? [];
          return traces.includes(names.monteCarlo) && traces.some((name) => name.startsWith(names.model));
        },
        { monteCarlo: MONTE_CARLO_BAND, model: MODEL_BAND_PREFIX },
        { timeout: DRAW_TIMEOUT_MS },
      );
      const traces = await sweepTraceNames(page);
      const modelIndex = traces.findIndex((name) => name.startsWith(MODEL_BAND_PREFIX));
      check(modelIndex < traces.indexOf(MONTE_CARLO_BAND), `model band drawn under the inner one: ${traces}`);
      const legend = await page.locator('.chart-legend li').allTextContents();
      const modelEntry = legend.find((entry) => entry.startsWith(MODEL_BAND_PREFIX)) ?? '';
      check(legend.includes(MONTE_CARLO_BAND), `legend lacks the Monte Carlo band: ${legend}`);
      check(
        /Training over networks: 90% of \d+ published predictions within x[\d.]+/.test(modelEntry),
        `legend does not say what the model band rests on: ${legend}`,
      );
      const fills = await page
        .locator('[data-testid="sweep-chart"]')
        .evaluate((element) =>
          ((element as HTMLElement & { data?: Array<{ fillcolor?: string }> }).data ?? [])
            .map((trace) => trace.fillcolor)
            .filter((colour): colour is string => colour !== undefined),
        );
      check(new Set(fills).size === 2, `expected two different shades, got ${fills}`);
    },
  },
  {
    name: 'each headline figure states the track record of its area and links to the table',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const throughput = page.locator('.figure', {
        has: page.locator('[data-metric="throughputTokensPerS"]'),
      });
      const line = throughput.getByTestId('track-record');
      const text = (await line.textContent()) ?? '';
      check(
        /within 2x on \d+ of \d+ published training-over-networks figures predicted out of sample/.test(text),
        `track record: ${text}`,
      );
      const lines = await page.getByTestId('track-record').count();
      const figures = await page.locator('.corner-performance .figure').count();
      check(lines >= figures, `${lines} track-record lines for ${figures} performance figures`);
      await line.getByRole('link', { name: '(table)' }).click();
      const table = page.getByTestId('model-error-table');
      check((await table.getAttribute('open')) !== null, 'the table did not open');
      const row = page.locator('#model-error-table-training-networks');
      check(await row.isVisible(), 'the training-over-networks row is not visible');
      const hash = await page.evaluate(() => window.location.hash);
      check(!hash.includes('model-error'), `the link changed the app's hash: ${hash}`);
    },
  },
  {
    name: 'the Scenarios view labels a documented calibration miss with its reason',
    run: async ({ page, baseUrl }) => {
      const expected = scenarioWithKnownMiss();
      await page.goto(`${baseUrl}#v=1&view=scenarios&scenario=${expected.id}`);
      await page
        .locator(`[data-testid="scenario-detail"][data-scenario="${expected.id}"]`)
        .waitFor({ timeout: 30_000 });
      const misses = page.locator('[data-testid="assertions"] li[data-verdict="known-miss"]');
      const count = await misses.count();
      check(
        count === expected.count,
        `${expected.id}: expected ${expected.count} known misses, got ${count}`,
      );
      const first = misses.first();
      const verdict = (await first.locator('.verdict').textContent()) ?? '';
      check(verdict === 'KNOWN MISS', `verdict reads ${verdict}`);
      const reason = (await first.getByTestId('miss-reason').textContent()) ?? '';
      check(reason.includes(expected.reason), `reason: ${reason}`);
      const heading = (await page.locator('#assertions-title').textContent()) ?? '';
      check(heading.includes(`${count} known miss`), `heading: ${heading}`);
    },
  },
  {
    name: 'a claim check says how much of its uncertainty is the inputs’ and how much the model’s',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims&claim=petals-bloom-interactive`);
      const note = page.getByTestId('claim-uncertainty');
      await note.waitFor({ timeout: 60_000 });
      const text = (await note.textContent()) ?? '';
      check(text.includes('Model error (Inference over networks): within 2x on'), `note: ${text}`);
      check(/[\d.]+% is the inputs’ and [\d.]+% the model’s own/.test(text), `no split in: ${text}`);
      check(text.includes('Without it, the claim’s side holds in'), `no inputs-only support in: ${text}`);
    },
  },
];
