// Compare with four configurations: A, B and two kept from B (C, D) are drawn together; with MPC and FHE
// beside plain training the values span decades and the y axis turns logarithmic by itself; the user can
// still force a linear axis. The results and changed-assumption tables get a column per configuration.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DRAW_TIMEOUT_MS, openApp } from '../appPage';
import { type BrowserCase, check } from '../runner';

async function setPrivacyB(page: Page, technique: string): Promise<void> {
  const panel = page.locator('aside[data-target="b"]');
  const section = panel.locator('details[data-group="privacy"]');
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  await panel.locator('[data-path="privacy.technique"] select').selectOption(technique);
}

async function chartState(page: Page): Promise<{ traces: string[]; yType: string }> {
  return page.locator('[data-testid="compare-chart"]').evaluate((element) => {
    const graph = element as HTMLElement & {
      data?: Array<{ name?: string }>;
      _fullLayout?: { yaxis?: { type?: string } };
    };
    return {
      traces: (graph.data ?? []).map((trace) => trace.name ?? ''),
      yType: graph._fullLayout?.yaxis?.type ?? '',
    };
  });
}

/** Waits until the Compare chart draws a line for each of A, B, C and D. */
async function waitForFourLines(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-testid="compare-chart"]') as
        | (HTMLElement & { data?: unknown[] })
        | null;
      return (element?.data?.length ?? 0) === 4;
    },
    undefined,
    { timeout: DRAW_TIMEOUT_MS },
  );
}

/** The four-way compare case. */
export const COMPARE_MANY_CASES: BrowserCase[] = [
  {
    name: 'four configurations are compared together, on a log axis chosen automatically',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByTestId('duplicate-as-b').click();
      await setPrivacyB(page, 'mpc');
      await page.getByTestId('keep-b').click();
      await setPrivacyB(page, 'fhe');
      await page.getByTestId('keep-b').click();
      check((await page.getByTestId('keep-b').count()) === 0, 'a fifth configuration can be kept');
      await setPrivacyB(page, 'tee');
      await waitForFourLines(page);
      const auto = await chartState(page);
      check(
        JSON.stringify(auto.traces) === JSON.stringify(['A (current)', 'B', 'C', 'D']),
        `traces: ${auto.traces.join(', ')}`,
      );
      check(auto.yType === 'log', `the automatic axis is ${auto.yType}, not log`);
      const header = await page.locator('[data-testid="compare-metrics"] thead th').allTextContents();
      check(header.includes('C') && header.includes('D'), `results columns: ${header.join(' | ')}`);
      const changed = page.locator(
        '[data-testid="changed-assumptions"] tr[data-path="privacy.technique"] td',
      );
      const cells = await changed.allTextContents();
      check(
        cells.includes('Multi-party computation (MPC)') && cells.includes('Homomorphic encryption (FHE)'),
        `privacy row: ${cells.join(' | ')}`,
      );
      await page.getByTestId('compare-axis-mode').selectOption('linear');
      await page.waitForFunction(() => {
        const element = document.querySelector('[data-testid="compare-chart"]') as
          | (HTMLElement & { _fullLayout?: { yaxis?: { type?: string } } })
          | null;
        return element?._fullLayout?.yaxis?.type === 'linear';
      });
    },
  },
  {
    name: 'a link with kept configurations C and D opens the four-way compare; a tampered C is named',
    run: async ({ page, baseUrl }) => {
      const link =
        'v=1&view=compare&cmp=1&B:privacy.technique=tee&kept=2&C:privacy.technique=mpc&D:privacy.technique=fhe';
      await page.goto(`${baseUrl}#${link}`);
      await waitForFourLines(page);
      const header = await page.locator('[data-testid="compare-metrics"] thead th').allTextContents();
      check(
        ['A (current)', 'B', 'C', 'D'].every((name) => header.includes(name)),
        `results columns: ${header.join(' | ')}`,
      );
      const cells = await page
        .locator('[data-testid="changed-assumptions"] tr[data-path="privacy.technique"] td')
        .allTextContents();
      check(
        cells.includes('Multi-party computation (MPC)') && cells.includes('Homomorphic encryption (FHE)'),
        `privacy row: ${cells.join(' | ')}`,
      );
      check((await page.getByRole('alert').count()) === 0, 'a good link with C and D raised an alert');
      // The app writes the link back with C and D in it.
      const written = await page.evaluate(() => window.location.hash);
      check(
        written.includes('kept=2') && written.includes('D:privacy.technique=fhe'),
        `link now: ${written}`,
      );
      // A saved chart says what each line is.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('compare-chart-svg').click(),
      ]);
      const svg = readFileSync(await download.path(), 'utf8');
      for (const line of [
        'B: Privacy technique Trusted execution (TEE)',
        'C: Privacy technique Multi-party computation (MPC)',
        'D: Privacy technique Homomorphic encryption (FHE)',
      ])
        check(svg.includes(line), `the saved SVG does not say "${line}"`);

      await page.goto(`${baseUrl}#${link}&C:network.rttMs=-5`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: DRAW_TIMEOUT_MS });
      const text = (await alert.textContent()) ?? '';
      check(
        text.includes('C:network.rttMs') && /Round-trip time.* of configuration C/.test(text),
        `alert: ${text}`,
      );
    },
  },
];
