// The triangle drawn: the readout shows performance, verifiability and privacy as a picture, each corner scored
// against its stated reference; turning on a privacy technique visibly shrinks performance and grows privacy.
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS, openApp, openGroup } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The picture's scores by corner and its scored polygon. */
async function picture(page: Page): Promise<{ scores: Record<string, number>; polygon: string }> {
  const figure = page.getByTestId('triangle-picture');
  await figure.waitFor({ timeout: DRAW_TIMEOUT_MS });
  const scores = await figure
    .locator('li[data-corner]')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [item.getAttribute('data-corner'), Number(item.getAttribute('data-score'))]),
      ),
    );
  const polygon = (await figure.locator('polygon.triangle-score').getAttribute('points')) ?? '';
  return { scores, polygon };
}

/** The triangle case. */
export const TRIANGLE_CASES: BrowserCase[] = [
  {
    name: 'the readout draws the triangle, and a privacy technique moves its corners',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const before = await picture(page);
      const references = (await page.getByTestId('triangle-picture').textContent()) ?? '';
      check(references.includes('one datacentre'), `the performance reference is not stated: ${references}`);
      await openGroup(page, 'privacy');
      await page.locator('aside [data-path="privacy.technique"] select').first().selectOption('tee');
      await page.waitForFunction(
        (old) =>
          document
            .querySelector('[data-testid="triangle-picture"] polygon.triangle-score')
            ?.getAttribute('points') !== old,
        before.polygon,
        { timeout: DRAW_TIMEOUT_MS },
      );
      const after = await picture(page);
      check(
        (after.scores.performance ?? 1) < (before.scores.performance ?? 0),
        `performance ${before.scores.performance} -> ${after.scores.performance}`,
      );
      check(
        (after.scores.privacy ?? 0) > (before.scores.privacy ?? 1),
        `privacy ${before.scores.privacy} -> ${after.scores.privacy}`,
      );
    },
  },
];
