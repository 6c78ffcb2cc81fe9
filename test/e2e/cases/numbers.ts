// Numbers people read: every chart axis writes its numbers one way (SI prefixes such as 600k, percent for
// fractions, durations in the unit the title names; no "2e+4", no exponents beside prefixes), and a saved chart
// carries its title, the key settings and the seed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS, openApp } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** A tick label in the one format: a plain or prefixed number, or a percentage (plotly writes minus as U+2212). */
const TICK_PATTERN = /^[−-]?\d+(\.\d+)?[kMGTPEmµnp]?%?$/;

/** The tick labels of the chart with `testId`, once it has drawn. */
async function tickLabels(page: Page, testId: string): Promise<string[]> {
  const chart = page.locator(`[data-testid="${testId}"][data-trace-count]`);
  await chart.waitFor({ timeout: DRAW_TIMEOUT_MS });
  return chart.locator('.xtick text, .ytick text, .y2tick text').allTextContents();
}

/** The axis title texts of the chart with `testId`. */
async function axisTitles(page: Page, testId: string): Promise<string[]> {
  return page
    .locator(`[data-testid="${testId}"] .g-xtitle text, [data-testid="${testId}"] .g-ytitle text`)
    .allTextContents();
}

/** The number-format cases. */
export const NUMBER_CASES: BrowserCase[] = [
  {
    name: 'every chart axis writes numbers one way: SI prefixes, percent, durations in a named unit',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, 'v=1&y=timeToFinishS');
      const labels: Array<[string, string]> = [];
      const collect = async (testId: string) => {
        for (const label of await tickLabels(page, testId)) labels.push([testId, label]);
      };
      await collect('sweep-chart');
      await collect('breakdown-chart');
      const sweepTitles = await axisTitles(page, 'sweep-chart');
      check(
        sweepTitles.some((title) => /Time to finish \((days|years|h|min)\)/.test(title)),
        `the duration axis does not name a readable unit: ${sweepTitles.join(' | ')}`,
      );
      await page.getByRole('button', { name: 'Technique map', exact: true }).click();
      await collect('technique-chart');
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByTestId('duplicate-as-b').click();
      const panel = page.locator('aside[data-target="b"]');
      const section = panel.locator('details[data-group="privacy"]');
      if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
      await panel.locator('[data-path="privacy.technique"] select').selectOption('mpc');
      await page.waitForFunction(
        () => {
          const element = document.querySelector('[data-testid="compare-chart"]') as
            | (HTMLElement & { data?: Array<{ y?: Array<number | null> }> })
            | null;
          return (element?.data?.length ?? 0) === 2;
        },
        undefined,
        { timeout: DRAW_TIMEOUT_MS },
      );
      await collect('compare-chart');
      check(labels.length > 10, `only ${labels.length} tick labels found`);
      const odd = labels.filter(([, label]) => !TICK_PATTERN.test(label.trim()));
      check(
        odd.length === 0,
        `tick labels out of the one format: ${odd.map(([chart, label]) => `${chart}: "${label}"`).join(', ')}`,
      );
    },
  },
  {
    name: 'a saved chart carries its title, the key settings and the seed',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, 'v=1&seed=numbers-case');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('sweep-chart-svg').click(),
      ]);
      const path = await download.path();
      const svg = readFileSync(path, 'utf8');
      for (const expected of [
        'Throughput against',
        'nodes ×',
        'No privacy technique',
        'seed “numbers-case”',
      ]) {
        check(svg.includes(expected), `the saved SVG does not contain "${expected}"`);
      }
    },
  },
];
