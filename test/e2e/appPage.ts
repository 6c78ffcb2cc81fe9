// Helpers that drive the app's page in browser cases: open it, read the sweep chart's plotted data, reach a
// parameter's control.
import type { Locator, Page } from 'playwright-core';

/** Time allowed for the app to compute and draw, milliseconds (generous: the test machine is shared). */
export const DRAW_TIMEOUT_MS = 20_000;

/** Opens the app at `hash` (without "#", or empty) and waits until the sweep chart has drawn fresh results. */
export async function openApp(page: Page, baseUrl: string, hash = ''): Promise<void> {
  await page.goto(hash ? `${baseUrl}#${hash}` : baseUrl);
  await waitForDrawn(page);
}

/** Waits until results are current and the sweep chart shows them. */
export async function waitForDrawn(page: Page): Promise<void> {
  await page.locator('[data-testid="status"][data-status="ready"]').waitFor({ timeout: DRAW_TIMEOUT_MS });
  await page.locator('[data-testid="sweep-chart"][data-trace-count]').waitFor({ timeout: DRAW_TIMEOUT_MS });
}

/** The y values of one trace of the sweep chart, as plotly holds them on the graph div. */
export async function sweepTraceValues(
  page: Page,
  traceName = 'Expected value',
): Promise<Array<number | null>> {
  return page.locator('[data-testid="sweep-chart"]').evaluate((element, name) => {
    const traces = (element as HTMLElement & { data?: Array<{ name?: string; y?: Array<number | null> }> })
      .data;
    return [...(traces?.find((trace) => trace.name === name)?.y ?? [])];
  }, traceName);
}

/** Names of the traces the sweep chart draws. */
export async function sweepTraceNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="sweep-chart"]').evaluate((element) => {
    const traces = (element as HTMLElement & { data?: Array<{ name?: string }> }).data ?? [];
    return traces.map((trace) => trace.name ?? '');
  });
}

/** Waits until the sweep chart's expected-value trace differs from `before`. */
export async function waitForSweepChange(page: Page, before: Array<number | null>): Promise<void> {
  await page.waitForFunction(
    (previous) => {
      const element = document.querySelector('[data-testid="sweep-chart"]') as
        | (HTMLElement & { data?: Array<{ name?: string; y?: Array<number | null> }> })
        | null;
      const y = element?.data?.find((trace) => trace.name === 'Expected value')?.y ?? [];
      return JSON.stringify(y) !== JSON.stringify(previous);
    },
    before,
    { timeout: DRAW_TIMEOUT_MS },
  );
}

/** Opens a parameter group's section in the controls panel. */
export async function openGroup(page: Page, group: string): Promise<void> {
  const section = page.locator(`details[data-group="${group}"]`);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
}

/** The typed field of a number parameter (its group must be open). */
export function numberField(page: Page, path: string): Locator {
  return page.locator(`[data-path="${path}"] input.number-field`);
}
