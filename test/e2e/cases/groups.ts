// Node-group cases: adding a group in the table changes the charts, and a copied link restores the groups.
import { openApp, openGroup, sweepTraceValues, waitForDrawn, waitForSweepChange } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The node-group cases. */
export const GROUP_CASES: BrowserCase[] = [
  {
    name: 'adding a node group changes the charts and a copied link restores it',
    run: async ({ page, context, baseUrl, newPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await openApp(page, baseUrl);
      await openGroup(page, 'node-groups');
      const before = await sweepTraceValues(page);
      await page.getByRole('button', { name: 'Add a group' }).click();
      await page.getByLabel('Group 2 nodes').fill('6');
      await page.getByLabel('Group 2 device').selectOption('RTX_2080_TI');
      await page.getByLabel('Group 2 region').selectOption('us-east');
      await waitForSweepChange(page, before);
      // The three edits each start a computation; the breakdown follows the last one when it arrives.
      const slowGroup = page.getByTestId('breakdown-limiting').filter({ hasText: '2080 Ti' });
      await slowGroup.waitFor({ timeout: 20_000 }).catch(() => undefined);
      const limiting = (await page.getByTestId('breakdown-limiting').textContent()) ?? '';
      check(limiting.includes('2080 Ti'), `the breakdown does not name the slow group: "${limiting}"`);
      await waitForDrawn(page);
      const expected = await sweepTraceValues(page);
      await page.getByTestId('copy-link').click();
      await page.getByText('Link copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());

      const fresh = await newPage();
      await fresh.evaluate(() => localStorage.clear()).catch(() => undefined);
      await fresh.goto(link);
      await waitForDrawn(fresh);
      await openGroup(fresh, 'node-groups');
      check((await fresh.getByLabel('Group 2 nodes').inputValue()) === '6', 'group 2 count not restored');
      check(
        (await fresh.getByLabel('Group 2 device').inputValue()) === 'RTX_2080_TI',
        'group 2 device not restored',
      );
      check(
        (await fresh.getByLabel('Group 2 region').inputValue()) === 'us-east',
        'group 2 region not restored',
      );
      const restored = await sweepTraceValues(fresh);
      check(JSON.stringify(restored) === JSON.stringify(expected), 'the restored chart differs');
    },
  },
];
