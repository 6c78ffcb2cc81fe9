// Screenshots of every view at 1280x800, saved to test-results/view-<name>.png as artifacts of the run (the
// runner also saves one per case). Each view must render its main content without console errors.
import { resolve } from 'node:path';
import { type BrowserCase, RESULTS_DIR } from '../runner';

/** Each view's link and the element that shows it has rendered. */
export const VIEWS: ReadonlyArray<[name: string, hash: string, ready: string]> = [
  ['explore', 'v=1&view=explore', '[data-testid="status"][data-status="ready"]'],
  ['techniques', 'v=1&view=techniques', '[data-testid="technique-chart"][data-trace-count]'],
  [
    'compare',
    'v=1&view=compare&cmp=1&B:network.rttMs=200&B:network.nodeCount=64',
    '[data-testid="compare-chart"][data-trace-count]',
  ],
  [
    'scenarios',
    'v=1&view=scenarios&scenario=intellect-1-regions',
    '[data-testid="scenario-chart"][data-trace-count]',
  ],
  ['matrix', 'v=1&view=matrix&cmp=0', '[data-testid="matrix-model"] button.matrix-cell'],
  [
    'claims',
    'v=1&view=claims&claim=petals-bloom-interactive',
    '[data-testid="claim-chart"][data-trace-count]',
  ],
  [
    'workshop',
    'v=1&view=workshop&hide=network.rttMs&lock=network.nodeCount',
    '[data-testid="workshop-link"]',
  ],
  ['presenter', 'v=1&view=explore&present=1', '[data-testid="sweep-chart"][data-trace-count]'],
];

/** The screenshot case. */
export const SCREENSHOT_CASES: BrowserCase[] = [
  {
    name: 'every view renders and is saved as a screenshot',
    run: async ({ page, baseUrl }) => {
      for (const [name, hash, ready] of VIEWS) {
        await page.goto(`${baseUrl}#${hash}`);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        await page.screenshot({ path: resolve(RESULTS_DIR, `view-${name}.png`) });
      }
    },
  },
];
