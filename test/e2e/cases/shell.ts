// Foundation cases: the page loads cleanly, the chart shows real data, and a control change redraws it.
import { numberField, openApp, openGroup, sweepTraceValues, waitForSweepChange } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The shell cases, in order. */
export const SHELL_CASES: BrowserCase[] = [
  {
    name: 'the page loads with no console errors',
    run: async ({ page, baseUrl, consoleErrors }) => {
      await openApp(page, baseUrl);
      check((await page.title()).includes('DeAI'), `unexpected title "${await page.title()}"`);
      check(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
    },
  },
  {
    name: 'the sweep chart appears with data',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const values = await sweepTraceValues(page);
      const finite = values.filter((value) => value !== null && Number.isFinite(value) && value > 0);
      check(values.length >= 10, `expected at least 10 sweep points, got ${values.length}`);
      check(
        finite.length === values.length,
        `expected every point positive and finite, got ${JSON.stringify(values)}`,
      );
      const lineCount = await page.locator('[data-testid="sweep-chart"] .scatterlayer path.js-line').count();
      check(lineCount > 0, 'plotly drew no line path');
      const barCount = await page.locator('[data-testid="breakdown-chart"] .barlayer .point').count();
      check(barCount > 0, 'the step-time breakdown drew no bar');
    },
  },
  {
    name: 'changing a control changes the chart',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const before = await sweepTraceValues(page);
      await openGroup(page, 'hardware');
      await numberField(page, 'hardware.mfuFraction').fill('0.2');
      await waitForSweepChange(page, before);
      const after = await sweepTraceValues(page);
      const first = before[0] ?? Number.NaN;
      const changed = after[0] ?? Number.NaN;
      check(changed < first, `throughput should fall when utilization drops: ${first} -> ${changed}`);
    },
  },
];
