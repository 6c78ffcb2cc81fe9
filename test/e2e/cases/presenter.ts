// Presenter mode on a projector and the controls a room relies on: at 1280x720 every chart sits inside the
// screen after switching presenter mode on and after a resize, readouts and axis labels are at least 24 px,
// arrow keys step through views and scenarios; a slider moves by one visible step per arrow key; the tab bar
// keeps its place in every view.
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS, numberField, openApp, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** Smallest font size (px) presenter readouts and chart axes must use. */
const PRESENTER_MIN_FONT_PX = 24;

/** Boxes of every chart on the page, after plotly has fitted them (two frames after the last change). */
async function chartBoxes(page: Page) {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))),
  );
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart')].map((chart) => {
      const svg = chart.querySelector('svg.main-svg')?.getBoundingClientRect();
      const frame = chart.getBoundingClientRect();
      return {
        id: chart.dataset.testid ?? '',
        frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
        svg: svg ? { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom } : null,
      };
    }),
  );
}

/** Throws unless every chart (its drawn svg included) lies inside a `width` x `height` viewport. */
async function checkChartsInside(page: Page, width: number, height: number, when: string) {
  const boxes = await chartBoxes(page);
  check(boxes.length >= 2, `${when}: ${boxes.length} charts on the page`);
  for (const { id, frame, svg } of boxes) {
    check(svg !== null, `${when}: ${id} has not drawn`);
    for (const box of [frame, svg]) {
      if (!box) continue;
      const inside = box.left >= 0 && box.top >= 0 && box.right <= width + 0.5 && box.bottom <= height + 0.5;
      check(inside, `${when}: ${id} at ${JSON.stringify(box)} is outside ${width}x${height}`);
    }
    if (svg) check(svg.right <= frame.right + 1, `${when}: ${id} is wider than its frame (clipped)`);
  }
  const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
  check(scroll <= height, `${when}: the page is ${scroll} px tall in a ${height} px window`);
}

/** The presenter cases, in order. */
export const PRESENTER_CASES: BrowserCase[] = [
  {
    name: 'presenter mode at 1280x720 keeps every chart on screen after toggling and resizing, in 24 px type',
    run: async ({ page, baseUrl }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openApp(page, baseUrl);
      await page.getByTestId('presenter-on').click();
      await page.getByTestId('presenter-bar').waitFor();
      await page.locator('[data-testid="breakdown-chart"][data-trace-count]').waitFor();
      await checkChartsInside(page, 1280, 720, 'after switching on');

      // No named helpers inside evaluate: the test compiler would wrap them in a helper the page lacks.
      const fonts = await page.evaluate(() => ({
        readout: Math.min(
          ...[...document.querySelectorAll('.corner dt, .corner dd')].map((element) =>
            Number.parseFloat(getComputedStyle(element).fontSize),
          ),
        ),
        ticks: Math.min(
          ...[...document.querySelectorAll<SVGElement>('.chart .xtick text, .chart .ytick text')].map(
            (element) => Number.parseFloat(element.style.fontSize || '0'),
          ),
        ),
        titles: Math.min(
          ...[...document.querySelectorAll<SVGElement>('.chart .g-xtitle text, .chart .g-ytitle text')].map(
            (element) => Number.parseFloat(element.style.fontSize || '0'),
          ),
        ),
      }));
      for (const [what, px] of Object.entries(fonts))
        check(px >= PRESENTER_MIN_FONT_PX, `${what} text is ${px} px in presenter mode`);

      await page.setViewportSize({ width: 1024, height: 700 });
      await checkChartsInside(page, 1024, 700, 'after a resize to 1024x700');
      await page.setViewportSize({ width: 1280, height: 720 });
      await checkChartsInside(page, 1280, 720, 'after resizing back');

      await page.keyboard.press('Escape');
      await page.locator('header.app-header').waitFor();
      for (const { id, frame, svg } of await chartBoxes(page))
        check(svg !== null && svg.right <= frame.right + 1, `after leaving: ${id} overflows its frame`);
    },
  },
  {
    name: 'presenter mode steps through views and scenarios with the arrow keys and hides the scenario list',
    run: async ({ page, baseUrl }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${baseUrl}#v=1&present=1`);
      await page
        .locator('[data-testid="sweep-chart"][data-trace-count]')
        .waitFor({ timeout: DRAW_TIMEOUT_MS });
      const viewNow = () =>
        page.evaluate(() => document.querySelector('.app')?.getAttribute('data-view') ?? '');
      const visited = [await viewNow()];
      while (visited.at(-1) !== 'scenarios' && visited.length < 10) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (previous) => document.querySelector('.app')?.getAttribute('data-view') !== previous,
          visited.at(-1),
        );
        visited.push(await viewNow());
      }
      check(visited.at(-1) === 'scenarios', `ArrowRight went through ${visited.join(', ')}`);
      await page.keyboard.press('ArrowDown');
      const detail = page.locator('[data-testid="scenario-detail"]');
      await detail.waitFor({ timeout: DRAW_TIMEOUT_MS * 2 });
      const first = await detail.getAttribute('data-scenario');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-testid="scenario-detail"]')?.getAttribute('data-scenario') !==
          previous,
        first,
        { timeout: DRAW_TIMEOUT_MS * 2 },
      );
      check(!(await page.locator('nav.scenario-list').isVisible()), 'the scenario list shows');
      const buttons = await page
        .locator('.scenario-detail button:visible')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent));
      check(buttons.length === 0, `scenario buttons show: ${buttons.join(', ')}`);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        (previous) => document.querySelector('.app')?.getAttribute('data-view') === previous,
        visited.at(-2),
      );
    },
  },
  {
    name: 'an arrow key moves the nodes slider by one step, also on its log scale',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const slider = page.getByRole('slider', { name: 'Nodes slider' });
      const nodes = () => numberField(page, 'network.nodeCount').inputValue();
      check((await nodes()) === '14', `the node count starts at ${await nodes()}`);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => window.location.hash.includes('network.nodeCount=15'));
      check((await nodes()) === '15', `ArrowRight from 14 gave ${await nodes()}`);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => window.location.hash.includes('network.nodeCount=13'));
      await page.keyboard.press('PageUp');
      await page.waitForFunction(() => !window.location.hash.includes('network.nodeCount=13'));
      const paged = Number(await nodes());
      check(paged > 14 && paged < 28, `PageUp from 13 jumped to ${paged}`);
      await waitForDrawn(page);
    },
  },
  {
    name: 'the tab bar stays put across views',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const tabs = page.locator('nav.view-tabs button');
      const names = await tabs.allTextContents();
      const boxesIn = async () =>
        JSON.stringify(
          await tabs.evaluateAll((buttons) =>
            buttons.map((button) => {
              const box = button.getBoundingClientRect();
              return [Math.round(box.left), Math.round(box.top), Math.round(box.width)];
            }),
          ),
        );
      const first = await boxesIn();
      for (const name of [...names.slice(1), names[0] ?? 'Explore']) {
        await page.getByRole('button', { name, exact: true }).click();
        await page.waitForTimeout(200);
        const now = await boxesIn();
        check(now === first, `the tabs moved in ${name}: ${now} instead of ${first}`);
      }
    },
  },
];
