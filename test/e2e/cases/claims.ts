// Check-a-claim cases: a bundled claim is checked with its verdict, distribution and beliefs with sources; an
// edited claim's link reopens the same check elsewhere; a bad claim file names its fields; a long check shows
// progress and can be cancelled while the page keeps working.
import type { Page } from 'playwright-core';
import { type BrowserCase, check } from '../runner';

const CLAIM_ID = 'petals-bloom-interactive';
const CHECK_TIMEOUT_MS = 60_000;

/** The verdict line and the claim line of the report on screen. */
async function reportText(page: Page): Promise<{ verdict: string; claim: string }> {
  const report = page.getByTestId('claim-report');
  return {
    verdict: (await report.getByTestId('claim-verdict').textContent()) ?? '',
    claim: (await report.locator('.claim-line').textContent()) ?? '',
  };
}

/** The claim cases, in order. */
export const CLAIM_CASES: BrowserCase[] = [
  {
    name: 'a bundled claim is checked with its verdict, distribution and what you would have to believe',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims&claim=${CLAIM_ID}`);
      await page
        .locator(`[data-testid="claim-report"][data-claim="${CLAIM_ID}"]`)
        .waitFor({ timeout: CHECK_TIMEOUT_MS });
      const verdict = (await page.getByTestId('claim-verdict').textContent()) ?? '';
      check(/^(PLAUSIBLE|OPTIMISTIC|IMPLAUSIBLE)/.test(verdict), `verdict line: ${verdict}`);
      check(verdict.includes('400 draws'), `the verdict does not give the draws: ${verdict}`);
      await page.locator('[data-testid="claim-chart"][data-trace-count]').waitFor();
      const names = await page
        .locator('[data-testid="claim-chart"]')
        .evaluate((element) =>
          ((element as HTMLElement & { data?: Array<{ name?: string }> }).data ?? []).map(
            (trace) => trace.name,
          ),
        );
      check(names.includes('Claimed value') && names.length >= 2, `chart traces: ${names.join(', ')}`);
      const sources = await page.locator('[data-testid="beliefs"] td.source').allTextContents();
      check(sources.length > 0, 'the beliefs table is empty');
      check(
        sources.every((text) => text.length > 20 && !text.startsWith('not given')),
        `sources: ${sources.join(' | ')}`,
      );
    },
  },
  {
    name: 'an edited claim gets a link that reopens the same check',
    run: async ({ page, context, baseUrl, newPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.goto(`${baseUrl}#v=1&view=claims&claim=${CLAIM_ID}`);
      await page.getByTestId('claim-report').waitFor({ timeout: CHECK_TIMEOUT_MS });
      await page.getByLabel('Claimed value', { exact: true }).fill('0.25');
      await page.getByTestId('check-claim').click();
      await page.waitForFunction(() => window.location.hash.includes('claimText='));
      await page.getByText('at most 250 ms').waitFor({ timeout: CHECK_TIMEOUT_MS });
      const original = await reportText(page);
      await page.getByTestId('share-claim').click();
      await page.getByText('Link to this check copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());

      const other = await newPage();
      await other.goto(link);
      await other.getByText('at most 250 ms').waitFor({ timeout: CHECK_TIMEOUT_MS });
      const reopened = await reportText(other);
      check(
        JSON.stringify(reopened) === JSON.stringify(original),
        `reopened ${JSON.stringify(reopened)} vs ${JSON.stringify(original)}`,
      );
    },
  },
  {
    name: 'a bad claim file names its fields',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims`);
      const bad = {
        schemaVersion: 1,
        id: 'Bad Id',
        title: 'x',
        claim: { metric: 'stepTimeS', direction: 'sideways', value: 1 },
      };
      await page.getByTestId('claim-text').fill(JSON.stringify(bad));
      await page.getByTestId('check-claim').click();
      const text = (await page.getByTestId('claim-error').textContent({ timeout: CHECK_TIMEOUT_MS })) ?? '';
      for (const field of ['id', 'description', 'source', 'claim.direction']) {
        check(text.includes(field), `the error does not name ${field}: ${text}`);
      }
    },
  },
  {
    name: 'a long check shows progress and can be cancelled while the page keeps working',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims&claim=${CLAIM_ID}`);
      await page.getByTestId('claim-report').waitFor({ timeout: CHECK_TIMEOUT_MS });
      await page.getByLabel('Draws', { exact: true }).fill('20000');
      await page.getByTestId('check-claim').click();
      await page.getByTestId('progress-claim').waitFor();
      await page.getByRole('button', { name: 'Explore', exact: true }).click();
      await page.getByRole('button', { name: 'Check a claim', exact: true }).click();
      await page.getByTestId('cancel-claim').click();
      await page.getByTestId('stopped-claim').waitFor();
      check(
        (await page.getByTestId('progress-claim').count()) === 0,
        'the progress bar stayed after cancelling',
      );
      check(!(await page.getByText('of 20000 draws').isVisible()), 'a cancelled check produced a report');
    },
  },
];
