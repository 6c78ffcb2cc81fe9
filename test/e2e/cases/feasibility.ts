// Feasibility cases: a configuration that does not fit in memory is greyed out in the readout with the reason,
// and the sweep chart leaves a gap where the swept setting cannot run instead of plotting a number there.
import {
  DRAW_TIMEOUT_MS,
  numberField,
  openApp,
  openGroup,
  sweepTraceValues,
  waitForDrawn,
  waitForSweepChange,
} from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The feasibility cases, in order. */
export const FEASIBILITY_CASES: BrowserCase[] = [
  {
    name: 'a model too large for the memory is greyed out with its reason and leaves gaps in the sweep',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const readout = page.getByTestId('triangle-readout');
      check((await readout.getAttribute('data-feasible')) === 'true', 'the default job is not feasible');

      // 10 trillion parameters of training state on one node of 8 x 80 GB cannot fit.
      await openGroup(page, 'model');
      const before = await sweepTraceValues(page);
      await numberField(page, 'model.parameterCount').fill('10000000000000');
      await waitForSweepChange(page, before);
      await waitForDrawn(page);
      await page
        .locator('[data-testid="triangle-readout"][data-feasible="false"]')
        .waitFor({ timeout: DRAW_TIMEOUT_MS });
      const note = (await page.getByTestId('infeasible-note').textContent()) ?? '';
      check(
        /cannot run: .*GiB per GPU but each GPU has 80 GiB/.test(note),
        `no reason in the readout: "${note}"`,
      );
      const opacity = await readout
        .locator('.corners')
        .evaluate((element) => Number(getComputedStyle(element).opacity));
      check(opacity < 1, `the readout is not greyed (opacity ${opacity})`);

      // Sweep the parameter count: small models fit and are plotted, large ones are gaps (null), not points.
      const sweepBefore = await sweepTraceValues(page);
      await page.locator('.sweep-picker select').nth(1).selectOption('model.parameterCount');
      await waitForSweepChange(page, sweepBefore);
      await waitForDrawn(page);
      const y = await sweepTraceValues(page);
      const plotted = y.filter((value) => typeof value === 'number');
      const gaps = y.filter((value) => value === null);
      check(plotted.length > 0, `no plotted point along the parameter count: ${JSON.stringify(y)}`);
      check(gaps.length > 0, `no gap where the model does not fit: ${JSON.stringify(y)}`);
      const firstGap = y.indexOf(null);
      check(
        y.slice(firstGap).every((value) => value === null),
        `a larger model than one that does not fit is plotted: ${JSON.stringify(y)}`,
      );
      const marker = await sweepTraceValues(page, 'Current setting');
      check(
        marker.length === 0,
        `the infeasible current setting is drawn as a marker: ${JSON.stringify(marker)}`,
      );
    },
  },
];

/** The hardware preset picker names the active device until one of its values changes. */
export const PRESET_NAME_CASES: BrowserCase[] = [
  {
    name: 'a hardware preset sets the whole device and node, and its name stays until a value changes',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await openGroup(page, 'hardware');
      const picker = page.locator('details[data-group="hardware"] .preset-picker select');
      check(
        (await picker.getAttribute('data-active-preset')) === 'H100_SXM',
        'defaults are not the H100 preset',
      );
      await picker.selectOption('RTX_4090');
      await page.waitForFunction(() => window.location.hash.includes('hardware.gpusPerNodeCount=1'));
      check(
        (await picker.getAttribute('data-active-preset')) === 'RTX_4090',
        'the RTX 4090 is not shown as active',
      );
      check(
        (await numberField(page, 'hardware.gpusPerNodeCount').inputValue()) === '1',
        'devices per node not set',
      );
      await numberField(page, 'hardware.mfuFraction').fill('0.3');
      await page.waitForFunction(() => window.location.hash.includes('hardware.mfuFraction=0.3'));
      check(
        (await picker.getAttribute('data-active-preset')) === '',
        'the preset name stayed after a change',
      );
    },
  },
];
