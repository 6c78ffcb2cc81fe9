// Scenario-view cases: a bundled claim runs with its assertions and a line per variant, a bad uploaded file
// is refused with its fields named, and a variant opens in the Explore view.
import { numberField, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

const CLAIM_ID = 'intellect-1-regions';

/** The scenario cases, in order. */
export const SCENARIO_CASES: BrowserCase[] = [
  {
    name: 'a bundled scenario runs with its assertions and one line per variant',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=scenarios&scenario=${CLAIM_ID}`);
      await page
        .locator(`[data-testid="scenario-detail"][data-scenario="${CLAIM_ID}"]`)
        .waitFor({ timeout: 30_000 });
      const verdicts = await page.locator('[data-testid="assertions"] li').count();
      check(verdicts === 5, `expected 5 assertion outcomes, got ${verdicts}`);
      await page.locator('[data-testid="scenario-chart"][data-trace-count]').waitFor();
      const names = await page
        .locator('[data-testid="scenario-chart"]')
        .evaluate((element) =>
          ((element as HTMLElement & { data?: Array<{ name?: string; showlegend?: boolean }> }).data ?? [])
            .filter((trace) => trace.showlegend !== false)
            .map((trace) => trace.name ?? ''),
        );
      check(
        JSON.stringify(names) === JSON.stringify(['US only', 'US + Europe', 'Three continents']),
        `legend shows ${JSON.stringify(names)}`,
      );
    },
  },
  {
    name: 'an invalid uploaded scenario is refused with its fields named',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=scenarios`);
      const bad = {
        schemaVersion: 1,
        id: 'Not Kebab',
        title: 'x',
        description: 'x',
        claim: { text: 'x', source: 'x' },
        params: { 'network.rttMs': -1 },
      };
      await page.getByTestId('scenario-upload').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      const text = (await page.getByTestId('scenario-error').textContent()) ?? '';
      check(text.includes('bad.json'), `error does not name the file: ${text}`);
      check(text.includes('id') && text.includes('network.rttMs'), `error does not name the fields: ${text}`);
    },
  },
  {
    name: 'a scenario variant opens in the Explore view',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=scenarios&scenario=${CLAIM_ID}`);
      await page.getByRole('button', { name: 'Open “Three continents” in Explore' }).click();
      await waitForDrawn(page);
      const rtt = await numberField(page, 'network.rttMs').inputValue();
      check(rtt === '200', `round-trip time in Explore: ${rtt}`);
      const hash = await page.evaluate(() => window.location.hash);
      // Explore is the default view, so the link leaves "view" out.
      check(!hash.includes('view=') && hash.includes('network.rttMs=200'), `hash: ${hash}`);
    },
  },
];
