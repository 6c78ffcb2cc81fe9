// Control cases: typed values outside the range are refused, presets apply, the keyboard drives sliders, and
// the sweep picker changes what the chart shows.
import {
  numberField,
  openApp,
  openGroup,
  sweepTraceValues,
  waitForDrawn,
  waitForSweepChange,
} from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The control cases, in order. */
export const CONTROL_CASES: BrowserCase[] = [
  {
    name: 'an out-of-range typed value is refused with the allowed range shown',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const before = await sweepTraceValues(page);
      const field = numberField(page, 'network.rttMs');
      await field.fill('99999');
      check((await field.getAttribute('aria-invalid')) === 'true', 'the field is not marked invalid');
      const message = (await page.locator('[data-path="network.rttMs"] .control-error').textContent()) ?? '';
      check(message.includes('2000') && message.includes('ms'), `message lacks the range: "${message}"`);
      const hash = await page.evaluate(() => window.location.hash);
      check(!hash.includes('network.rttMs'), `the refused value reached the link: ${hash}`);
      check(
        JSON.stringify(await sweepTraceValues(page)) === JSON.stringify(before),
        'the chart changed after a refused value',
      );
    },
  },
  {
    name: 'a network preset sets its values',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const picker = page.locator('details[data-group="network"] .preset-picker select');
      const options = await picker
        .locator('option')
        .evaluateAll((nodes) =>
          nodes.map((node) => (node as HTMLOptionElement).value).filter((value) => value !== ''),
        );
      check(options.includes('datacentre'), `no datacentre preset among ${options.join(', ')}`);
      await picker.selectOption('datacentre');
      await page.waitForFunction(() => window.location.hash.includes('network.rttMs=0.01'));
      const rtt = await numberField(page, 'network.rttMs').inputValue();
      check(rtt === '0.01', `round-trip time after the preset: ${rtt}`);
    },
  },
  {
    name: 'the keyboard moves a slider and the chart follows',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await openGroup(page, 'hardware');
      const before = await sweepTraceValues(page);
      const slider = page.getByRole('slider', { name: 'Achievable utilization (MFU) slider' });
      await slider.focus();
      await page.keyboard.press('Home');
      await waitForSweepChange(page, before);
      const field = await numberField(page, 'hardware.mfuFraction').inputValue();
      check(field === '0.01', `Home should set the minimum 0.01, field shows ${field}`);
    },
  },
  {
    name: 'the sweep picker changes the swept parameter',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const pathSelect = page.locator('.sweep-picker select').nth(1);
      await pathSelect.selectOption('network.nodeCount');
      await page.waitForFunction(() => {
        const title = document.querySelector('[data-testid="sweep-chart"] .g-xtitle')?.textContent ?? '';
        return title.startsWith('Nodes');
      });
      await waitForDrawn(page);
      const xs = await page
        .locator('[data-testid="sweep-chart"]')
        .evaluate(
          (element) => (element as HTMLElement & { data?: Array<{ x: number[] }> }).data?.at(-2)?.x ?? [],
        );
      check(
        xs[0] === 1 && xs.at(-1) === 1e6,
        `node-count sweep should span 1 to 1e6, got ${xs[0]}..${xs.at(-1)}`,
      );
    },
  },
  {
    name: 'the page fits 1280x800 without horizontal scrolling',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 1280, `page is ${width} px wide`);
      const chartBox = await page.locator('[data-testid="sweep-chart"]').boundingBox();
      check(chartBox !== null && chartBox.width > 600, `sweep chart too narrow: ${chartBox?.width}`);
    },
  },
];
