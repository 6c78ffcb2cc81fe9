// Presenter mode as a facilitator uses it on a 1280x720 projector, opened from a link: every readout fits its
// card (no figure or model note running over the next card), the sweep keeps a plot area one can read, the
// technique map's two panel titles do not run into each other, and Compare shows its chart on the first screen
// (above the long results table) with each configuration keyed by colour, dash and marker.
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** Smallest plot-area height (px) a presenter chart must keep: a few tick labels of 24 px type. */
const MIN_PLOT_HEIGHT_PX = 150;

/** The plot area's box of the chart with `testId` (plotly's drag layer covers exactly the plot). */
async function plotBox(page: Page, testId: string) {
  const chart = page.locator(`[data-testid="${testId}"][data-trace-count]`);
  await chart.waitFor({ timeout: DRAW_TIMEOUT_MS });
  await page.waitForTimeout(500);
  return chart.locator('.nsewdrag').first().boundingBox();
}

/** The presenter-fit case. */
export const PRESENTER_FIT_CASES: BrowserCase[] = [
  {
    name: 'presenter mode from a link at 1280x720: readouts fit their cards, charts keep room, Compare leads with its chart',
    run: async ({ page, baseUrl }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      const compare = '&cmp=1&B:privacy.technique=tee&kept=1&C:privacy.technique=mpc';
      await page.goto(`${baseUrl}#v=1&present=1${compare}`);
      const sweep = await plotBox(page, 'sweep-chart');
      check((sweep?.height ?? 0) >= MIN_PLOT_HEIGHT_PX, `the sweep's plot is ${sweep?.height} px tall`);
      check((sweep?.y ?? 999) + (sweep?.height ?? 0) <= 720, 'the sweep plot runs off the screen');
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.corner, .corner .figure')]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.textContent?.slice(0, 60) ?? ''),
      );
      check(overflowing.length === 0, `readouts run over their cards: ${overflowing.join(' | ')}`);

      await page.keyboard.press('ArrowRight');
      await page
        .locator('[data-testid="technique-chart"][data-trace-count]')
        .waitFor({ timeout: DRAW_TIMEOUT_MS });
      await page.waitForTimeout(500);
      const titles = await page
        .locator('[data-testid="technique-chart"]')
        .locator('.g-ytitle, .g-y2title')
        .evaluateAll((nodes) =>
          nodes.map((node) => {
            const box = node.getBoundingClientRect();
            return { top: box.top, bottom: box.bottom };
          }),
        );
      const [upper, lower] = titles;
      check(titles.length === 2, `${titles.length} panel titles on the technique map`);
      check(
        upper !== undefined && lower !== undefined && upper.bottom <= lower.top + 1,
        `the panel titles overlap: ${JSON.stringify(titles)}`,
      );

      await page.keyboard.press('ArrowRight');
      const plot = await plotBox(page, 'compare-chart');
      check(
        plot !== null && plot.y >= 0 && plot.y + plot.height <= 720,
        `the Compare chart is off screen: ${JSON.stringify(plot)}`,
      );
      check((plot?.height ?? 0) >= MIN_PLOT_HEIGHT_PX, `the Compare plot is ${plot?.height} px tall`);
      const legend = await page
        .locator('[data-testid="compare-view"] .chart-legend li')
        .evaluateAll((items) =>
          items.map(
            (item) =>
              `${item.textContent}:${item.querySelectorAll('line[stroke-dasharray]').length}:${item.querySelectorAll('svg > :not(line)').length}`,
          ),
        );
      check(
        JSON.stringify(legend) === JSON.stringify(['A (current):0:1', 'B:1:1', 'C:1:1']),
        `the Compare legend does not key dash and marker: ${legend.join(', ')}`,
      );
    },
  },
];
