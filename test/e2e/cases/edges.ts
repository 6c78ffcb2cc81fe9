// Edge cases of issue 16 in the browser: the link-error banner follows the current link (a newer tampered
// link replaces it, a good link clears it), a partly bad autosave keeps its good fields and names the dropped
// ones in words, and a long job already running is cancelled with the app usable afterwards.
import type { Page } from 'playwright-core';
import { numberField, openApp, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The key the app autosaves under (src/app/url/stateSync.ts). */
const AUTOSAVE_KEY = 'deai-simulator:state';
const JOB_TIMEOUT_MS = 30_000;

const alertText = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent({ timeout: JOB_TIMEOUT_MS })) ?? '';

/** Sets the hash as a person editing the address would, and waits until `done` holds. */
async function goToHash(page: Page, hash: string, done: () => Promise<boolean>): Promise<void> {
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  while (!(await done())) {
    check(Date.now() < deadline, `the page did not follow the hash ${hash}`);
    await page.waitForTimeout(100);
  }
}

/** A valid scenario whose one row runs Monte Carlo at the work budget's limit: many seconds of work. */
function heavyScenario(id: string, runCount: number, stepCount: number) {
  return {
    schemaVersion: 1,
    id,
    title: 'A long run',
    description: 'Monte Carlo at the work budget, to be cancelled.',
    claim: { text: 'x', source: 'x' },
    params: { 'workload.kind': 'training', 'heterogeneity.speedSigma': 0.3 },
    monteCarlo: { runCount, stepCount },
  };
}

async function upload(page: Page, id: string, document: object): Promise<void> {
  await page.getByTestId('scenario-upload').setInputFiles({
    name: `${id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  });
}

/** The edge cases. */
export const EDGE_CASES: BrowserCase[] = [
  {
    name: "a tampered link's banner changes with the link, and a good link clears it",
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, 'v=1&view=explore&network.rttMs=-4');
      let text = await alertText(page, 'link-error');
      check(text.includes('network.rttMs'), `the first link's banner does not name its field: ${text}`);
      await goToHash(page, 'v=1&view=explore&network.nodeCount=banana', async () => {
        const now = await alertText(page, 'link-error');
        return now.includes('network.nodeCount');
      });
      text = await alertText(page, 'link-error');
      check(!text.includes('network.rttMs'), `the banner still names the earlier link's field: ${text}`);
      await goToHash(
        page,
        'v=1&view=explore&network.nodeCount=12',
        async () => (await page.getByTestId('link-error').count()) === 0,
      );
      const nodes = await numberField(page, 'network.nodeCount').inputValue();
      check(nodes === '12', `the good link did not apply: node count shows ${nodes}`);
    },
  },
  {
    name: 'a partly bad autosave keeps its valid fields and says what was dropped',
    run: async ({ page, baseUrl }) => {
      await page.addInitScript(
        ([key, value]) => window.localStorage.setItem(key as string, value as string),
        [AUTOSAVE_KEY, 'v=1&network.nodeCount=123&network.rttMs=-4&network.madeUp=1'],
      );
      await openApp(page, baseUrl);
      const nodes = await numberField(page, 'network.nodeCount').inputValue();
      check(nodes === '123', `the valid field was not kept: node count shows ${nodes}`);
      const rtt = await numberField(page, 'network.rttMs').inputValue();
      check(rtt === '65', `the bad field did not go back to its default: round-trip time shows ${rtt}`);
      const text = await alertText(page, 'autosave-error');
      check(text.includes('Round-trip time'), `the notice does not name the field in words: ${text}`);
      check(text.includes('network.madeUp'), `the notice does not name the unknown field: ${text}`);
      check(!/Nodes|nodeCount/.test(text), `a kept field was reported as dropped: ${text}`);
    },
  },
  {
    name: 'a running job can be cancelled and the app stays usable',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=scenarios`);
      await upload(page, 'long-run', heavyScenario('long-run', 2000, 10000));
      await page.getByTestId('cancel-scenario').click({ timeout: JOB_TIMEOUT_MS });
      await page.getByTestId('stopped-scenario').waitFor({ timeout: JOB_TIMEOUT_MS });
      check((await page.getByTestId('progress-scenario').count()) === 0, 'the progress bar is still shown');
      // A new job starts and finishes on a fresh worker.
      await upload(page, 'short-run', heavyScenario('short-run', 2, 10));
      await page
        .locator('[data-testid="scenario-detail"][data-scenario="short-run"]')
        .waitFor({ timeout: JOB_TIMEOUT_MS });
      await page
        .locator('[data-testid="scenario-chart"][data-trace-count]')
        .waitFor({ timeout: JOB_TIMEOUT_MS });
      // And the Explore view still computes.
      await page.evaluate(() => {
        window.location.hash = 'v=1&view=explore';
      });
      await waitForDrawn(page);
    },
  },
];
