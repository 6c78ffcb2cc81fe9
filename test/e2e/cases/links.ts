// Link cases: a copied link restores the exact view in a fresh browser, a tampered link shows an error that
// names the bad fields while the app keeps working, and the autosave survives a reload.
import {
  numberField,
  openApp,
  openGroup,
  sweepTraceValues,
  waitForDrawn,
  waitForSweepChange,
} from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The link cases, in order. */
export const LINK_CASES: BrowserCase[] = [
  {
    name: 'a copied link restores the exact view',
    run: async ({ page, context, baseUrl, newPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await openApp(page, baseUrl);
      let before = await sweepTraceValues(page);
      await numberField(page, 'network.nodeCount').fill('40');
      await waitForSweepChange(page, before);
      await page.locator('.sweep-picker select').first().selectOption('utilizationFraction');
      await page.locator('header input.seed-field').fill('workshop-7');
      await page.getByLabel('Facilitator mode').check();
      await page.getByRole('button', { name: 'Lock Round-trip time' }).click();
      before = await sweepTraceValues(page);
      await page.getByLabel('Facilitator mode').uncheck();
      await waitForDrawn(page);
      await page.getByTestId('copy-link').click();
      await page.getByText('Link copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      check(link.includes('#'), `copied text is not a link: ${link}`);
      const expected = await sweepTraceValues(page);

      const fresh = await newPage();
      await fresh.evaluate(() => localStorage.clear()).catch(() => undefined);
      await fresh.goto(link);
      await waitForDrawn(fresh);
      check(
        (await fresh.evaluate(() => window.location.hash)) === new URL(link).hash,
        'the hash changed on load',
      );
      check((await numberField(fresh, 'network.nodeCount').inputValue()) === '40', 'node count not restored');
      check(await numberField(fresh, 'network.rttMs').isDisabled(), 'the lock was not restored');
      check(
        (await fresh.locator('header input.seed-field').inputValue()) === 'workshop-7',
        'seed not restored',
      );
      const restored = await sweepTraceValues(fresh);
      check(
        JSON.stringify(restored) === JSON.stringify(expected),
        'the restored chart differs from the original',
      );
      const title = (await fresh.locator('[data-testid="sweep-chart"] .g-ytitle').textContent()) ?? '';
      check(title.startsWith('Utilization'), `y axis shows "${title}"`);
    },
  },
  {
    name: 'a tampered link shows an error naming the bad fields and the app still works',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, 'v=1&view=explore&network.rttMs=-4&network.madeUp=3&x=network.nodeCount');
      const alert = page.getByRole('alert');
      const text = (await alert.textContent()) ?? '';
      check(
        text.includes('network.rttMs') && text.includes('network.madeUp'),
        `alert does not name fields: ${text}`,
      );
      check(!text.includes('network.nodeCount'), 'a valid field was reported as bad');
      const rtt = await numberField(page, 'network.rttMs').inputValue();
      check(rtt === '65', `the bad value was applied: round-trip time shows ${rtt}`);
      await openGroup(page, 'hardware');
      const before = await sweepTraceValues(page);
      await numberField(page, 'hardware.mfuFraction').fill('0.3');
      await waitForSweepChange(page, before);
    },
  },
  {
    name: 'the autosave restores the state after a reload without a link',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const before = await sweepTraceValues(page);
      await numberField(page, 'network.nodeCount').fill('123');
      await waitForSweepChange(page, before);
      await page.goto(baseUrl);
      await waitForDrawn(page);
      const nodes = await numberField(page, 'network.nodeCount').inputValue();
      check(nodes === '123', `node count after reload: ${nodes}`);
    },
  },
];
