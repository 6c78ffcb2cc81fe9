// Claims without JSON: a claim typed into the form gets the same verdict as the same claim written as a file;
// nothing is called an error before anything is typed, and a sentence pasted as a file gets a friendly note;
// an MFU claim far above the draws still shows the draws (the histogram zooms to them).
import type { Page } from 'playwright-core';
import { type BrowserCase, check } from '../runner';

const CHECK_TIMEOUT_MS = 90_000;

/** Fills the form: metric (by label), direction, value and unit, nodes, draws; then writes and checks it. */
async function fillForm(
  page: Page,
  claim: {
    metric: string;
    direction: string;
    value: string;
    unit?: string;
    nodes?: string;
    job?: string;
    privacy?: string;
  },
): Promise<void> {
  const form = page.getByTestId('claim-form');
  await form.getByTestId('claim-form-metric').selectOption({ label: claim.metric });
  await form.getByLabel('The project says it is').selectOption({ label: claim.direction });
  await form.getByLabel('Claimed value in the form', { exact: true }).fill(claim.value);
  if (claim.unit) await form.getByLabel('Unit of the claimed value').selectOption({ label: claim.unit });
  if (claim.job) await form.getByLabel('Job', { exact: true }).selectOption({ label: claim.job });
  if (claim.nodes) await form.getByLabel('Nodes', { exact: true }).fill(claim.nodes);
  if (claim.privacy)
    await form.getByLabel('Privacy technique', { exact: true }).selectOption({ label: claim.privacy });
  await form.locator('summary').click();
  await form.getByLabel('Number of draws').fill('100');
  await form.getByTestId('claim-form-check').click();
}

/** The verdict line and the claim line of the report with `data-claim` = id. */
async function reportLines(
  page: Page,
  id: string,
): Promise<{ verdict: string; claim: string; badge: string }> {
  const report = page.locator(`[data-testid="claim-report"][data-claim="${id}"]`);
  await report.waitFor({ timeout: CHECK_TIMEOUT_MS });
  return {
    verdict: (await report.getByTestId('claim-verdict').textContent()) ?? '',
    claim: (await report.locator('.claim-line').textContent()) ?? '',
    badge: (await report.getAttribute('data-verdict')) ?? '',
  };
}

/** The claim-form cases. */
export const CLAIM_FORM_CASES: BrowserCase[] = [
  {
    name: 'a claim entered through the form gives the same verdict as the equivalent claim file',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims`);
      await page.getByTestId('claim-form').waitFor();
      const alerts = await page.locator('[role="alert"], [data-testid="claim-sentence"]').count();
      check(alerts === 0, `${alerts} error or warning before anything was typed`);
      await fillForm(page, {
        metric: 'Compute share of step',
        direction: 'at least',
        value: '50',
        unit: '%',
        nodes: '6',
      });
      const fromForm = await reportLines(page, 'compute-share-of-step-at-least-50');
      const fileText = await page.getByTestId('claim-text').inputValue();
      check(fileText.includes('"network.nodeCount": 6'), `the written file: ${fileText}`);

      const file = {
        schemaVersion: 1,
        id: 'typed-by-hand',
        title: 'The same claim, typed as a file',
        description: 'Six nodes spend at least half of each step computing.',
        source: {
          who: 'a browser test',
          document: 'test/e2e',
          date: '2026',
          statement: 'Half the step computes.',
        },
        params: { 'network.nodeCount': 6 },
        claim: { metric: 'computeTimeFraction', direction: 'at-least', value: 0.5 },
        seed: 'seed',
        monteCarlo: { runCount: 100 },
      };
      await page.getByTestId('claim-text').fill(JSON.stringify(file, null, 2));
      await page.getByTestId('check-claim').click();
      const fromFile = await reportLines(page, 'typed-by-hand');
      check(fromForm.badge === fromFile.badge, `verdicts: form ${fromForm.badge}, file ${fromFile.badge}`);
      check(fromForm.verdict === fromFile.verdict, `form: ${fromForm.verdict}\nfile: ${fromFile.verdict}`);
      check(fromForm.claim === fromFile.claim, `form: ${fromForm.claim}\nfile: ${fromFile.claim}`);
    },
  },
  {
    name: 'a sentence typed as a claim file gets a friendly note, not a JSON error',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims`);
      await page.getByTestId('claim-text').fill('Our network trains at 90% utilisation on consumer GPUs');
      const note = (await page.getByTestId('claim-sentence').textContent()) ?? '';
      check(note.includes('looks like a sentence') && note.includes('form'), `note: ${note}`);
      check(await page.getByTestId('check-claim').isDisabled(), 'the sentence can still be sent as a file');
      check((await page.getByTestId('claim-error').count()) === 0, 'a JSON error is shown for a sentence');
    },
  },
  {
    name: 'an MFU claim far above the draws still shows them: the histogram zooms to the draws',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims`);
      await fillForm(page, {
        metric: 'Utilization (MFU)',
        direction: 'at least',
        value: '90',
        unit: '%',
        job: 'Inference (serving)',
        privacy: 'Multi-party computation (MPC)',
      });
      const help = (await page.getByTestId('claim-utilisation-help').textContent()) ?? '';
      check(help.includes('Compute share of step'), `the MFU help does not name compute share: ${help}`);
      const report = page.locator('[data-testid="claim-report"][data-claim="utilization-mfu-at-least-90"]');
      await report.waitFor({ timeout: CHECK_TIMEOUT_MS });
      const chart = report.locator('[data-testid="claim-chart"][data-trace-count]');
      await chart.waitFor();
      const view = await chart.evaluate((element) => {
        const plot = element as HTMLElement & {
          layout?: { xaxis?: { range?: number[]; type?: string }; annotations?: Array<{ text?: string }> };
        };
        return {
          range: plot.layout?.xaxis?.range ?? [],
          type: plot.layout?.xaxis?.type ?? '',
          notes: (plot.layout?.annotations ?? []).map((note) => note.text ?? ''),
        };
      });
      const high = view.type === 'log' ? 10 ** (view.range[1] ?? 0) : (view.range[1] ?? 1);
      check(
        high < 0.9,
        `the axis reaches ${high}, past the draws to the claimed 0.9 (${JSON.stringify(view)})`,
      );
      check(
        view.notes.some((note) => note.includes('claimed') && note.includes('→')),
        `notes: ${view.notes.join(' | ')}`,
      );
    },
  },
];
