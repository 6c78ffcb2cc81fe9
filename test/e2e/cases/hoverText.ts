// Hover texts read like the rest of the app: hovering a point of the sweep (time to finish, so a duration),
// the technique map and Compare shows the readable number with its unit ("586k tokens/s", "3.2 days"), not
// plotly's own "5.86e+05", and the technique map's tooltip is laid out in lines, not its markup as text.
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS, openApp } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** A readable number with a unit: "586k tokens/s", "3.2 days", "43.3%" (no plotly exponent such as e+05). */
const READABLE_WITH_UNIT = /[−-]?\d+(\.\d+)?[kMGTPE]? ?(%|[A-Za-zµ/]+)/;

/**
 * Moves the mouse over each marker of the chart with `testId` until plotly shows a tooltip containing `must`;
 * returns that tooltip's text (empty when none did).
 */
async function hoverUntil(page: Page, testId: string, must: string): Promise<string> {
  const chart = page.locator(`[data-testid="${testId}"][data-trace-count]`);
  await chart.waitFor({ timeout: DRAW_TIMEOUT_MS });
  const points = chart.locator('.scatterlayer .point');
  const count = await points.count();
  for (let index = 0; index < count; index += 1) {
    await points.nth(index).scrollIntoViewIfNeeded();
    const box = await points.nth(index).boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const text = await chart
      .locator('.hoverlayer')
      .textContent({ timeout: 2000 })
      .catch(() => '');
    if (text?.includes(must)) return text;
  }
  return '';
}

/** The hover-text cases. */
export const HOVER_CASES: BrowserCase[] = [
  {
    name: 'hovering a chart point shows the readable number with its unit',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, 'v=1&y=timeToFinishS');
      const sweep = await hoverUntil(page, 'sweep-chart', '→');
      check(sweep !== '', 'no tooltip with "x → y" appeared on the sweep chart');
      check(
        /→ [\d.]+[kMG]? (µs|ms|s|min|h|days|years)/.test(sweep),
        `sweep tooltip not a duration: ${sweep}`,
      );
      check(!/e\+/.test(sweep), `sweep tooltip uses plotly's exponent: ${sweep}`);

      await page.getByRole('button', { name: 'Technique map', exact: true }).click();
      const map = await hoverUntil(page, 'technique-chart', 'Throughput:');
      check(/Throughput: [\d.]+[kMG]? tokens\/s/.test(map), `technique tooltip: ${map}`);
      check(!map.includes('<b>') && !map.includes('<br>'), `the tooltip shows its markup as text: ${map}`);
      // Laid out in lines: plotly draws one text line (tspan) per <br>.
      const lines = await page.locator('[data-testid="technique-chart"] .hoverlayer tspan.line').count();
      check(lines >= 5, `the technique tooltip has ${lines} lines, not one per fact`);

      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByTestId('duplicate-as-b').click();
      const compare = await hoverUntil(page, 'compare-chart', '→');
      check(READABLE_WITH_UNIT.test(compare.split('→')[1] ?? ''), `compare tooltip: ${compare}`);
      check(
        /^(A \(current\)|B)/.test(compare),
        `the compare tooltip does not name its configuration: ${compare}`,
      );
    },
  },
];
