// Hostile input in the browser: the built app runs under its Content-Security-Policy with no violation, and a
// label with markup in an imported scenario is shown as text in its charts, never as a live link.
import type { Page } from 'playwright-core';
import { openApp, sweepTraceValues } from '../appPage';
import { type BrowserCase, check } from '../runner';

const EVIL_LABEL = '<a href="https://evil.example/x">evil</a>';

function scenarioWithLabel(id: string, withSweep: boolean) {
  return {
    schemaVersion: 1,
    id,
    title: 'Hostile labels',
    description: 'A variant label with markup.',
    claim: { text: 'x', source: 'x' },
    variants: [
      { id: 'a', label: EVIL_LABEL, params: { 'network.rttMs': 10 } },
      { id: 'b', label: 'plain', params: { 'network.rttMs': 100 } },
    ],
    ...(withSweep ? { sweep: { axes: [{ path: 'network.nodeCount', values: [2, 8, 32] }] } } : {}),
  };
}

async function uploadAndCheck(page: Page, baseUrl: string, id: string, withSweep: boolean): Promise<void> {
  await page.goto(`${baseUrl}#v=1&view=scenarios`);
  await page.getByTestId('scenario-upload').setInputFiles({
    name: `${id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenarioWithLabel(id, withSweep))),
  });
  await page.locator(`[data-testid="scenario-detail"][data-scenario="${id}"]`).waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="scenario-chart"][data-trace-count]').waitFor({ timeout: 30_000 });
  const links = await page.locator('a[href*="evil.example"]').count();
  check(links === 0, `${withSweep ? 'line' : 'bar'} chart: the label became ${links} live link(s)`);
  // The label must be on screen as text: in plotly's legend or axis labels (SVG text) or the HTML legend.
  const legendTexts = await page
    .locator(
      '[data-testid="scenario-chart"] :is(.legendtext, .xtick text, .ytick text), .scenario-chart .chart-legend',
    )
    .allTextContents();
  check(
    legendTexts.some((text) => text.includes(EVIL_LABEL)),
    `${withSweep ? 'line' : 'bar'} chart does not show the label as text: ${JSON.stringify(legendTexts)}`,
  );
}

/** The hostile-input browser cases. */
export const HOSTILE_CASES: BrowserCase[] = [
  {
    name: 'the app loads and draws under its Content-Security-Policy',
    run: async ({ page, baseUrl, consoleErrors }) => {
      await page.addInitScript(() => {
        const store = window as unknown as { cspViolations: string[] };
        store.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          store.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      await openApp(page, baseUrl);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      check(policy?.includes("script-src 'self'") === true, `no script-src 'self' policy: ${policy}`);
      check(!policy?.includes('unsafe-eval'), 'the policy allows eval');
      const values = await sweepTraceValues(page);
      check(values.length >= 10, `expected a drawn sweep under the policy, got ${values.length} points`);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      check(violations.length === 0, `policy violations: ${violations.join('; ')}`);
      check(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
    },
  },
  {
    name: 'a label with HTML shows as text in the line and bar charts',
    run: async ({ page, baseUrl }) => {
      await uploadAndCheck(page, baseUrl, 'hostile-lines', true);
      await uploadAndCheck(page, baseUrl, 'hostile-bars', false);
    },
  },
];
