// Keeping-work cases: a scenario file saved from Explore opens back into the same state, a bad file is refused
// with every field named and nothing changed, named configurations survive a reload, and charts and results
// download as PNG, SVG, CSV and JSON (the CSV equal to the core's resultToCsv of the saved file, run in Node).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parseScenarioText, resultToCsv, runScenario } from '../../../src/core/scenario/index';
import { numberField, openApp, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

const START = 'v=1&view=explore&seed=round-trip&x=network.nodeCount&network.nodeCount=30&network.rttMs=120';

/** Opens the "Save & open" menu. */
async function openFilesMenu(page: Page): Promise<void> {
  const menu = page.getByTestId('files-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

/** Clicks `testId` and returns the download's file name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The files cases, in order. */
export const FILE_CASES: BrowserCase[] = [
  {
    name: 'a saved scenario file imports back to the same state, and a bad file changes nothing',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, START);
      const saved = await download(page, 'save-scenario');
      check(saved.name === 'explore-sweep.json', `saved as ${saved.name}`);
      // Reset goes back to the link's values, so change them by hand before importing.
      await numberField(page, 'network.nodeCount').fill('14');
      await numberField(page, 'network.rttMs').fill('65');
      await page.locator('header input.seed-field').fill('other');
      await page.locator('.sweep-picker select').nth(1).selectOption('network.rttMs');
      await waitForDrawn(page);
      check(
        (await numberField(page, 'network.nodeCount').inputValue()) === '14',
        'the node count was not changed',
      );

      await openFilesMenu(page);
      await page.getByTestId('import-scenario').setInputFiles({
        name: 'explore-sweep.json',
        mimeType: 'application/json',
        buffer: saved.bytes,
      });
      await page.getByTestId('notice').waitFor();
      await waitForDrawn(page);
      check((await numberField(page, 'network.nodeCount').inputValue()) === '30', 'node count not imported');
      check((await numberField(page, 'network.rttMs').inputValue()) === '120', 'round trip not imported');
      check(
        (await page.locator('header input.seed-field').inputValue()) === 'round-trip',
        'seed not imported',
      );
      const hash = await page.evaluate(() => window.location.hash);
      check(hash.includes('x=network.nodeCount'), `swept parameter not imported: ${hash}`);

      const bad = {
        schemaVersion: 2,
        id: 'Not Kebab',
        title: 'bad',
        description: 'bad',
        claim: { text: 'x', source: 'x' },
        params: { 'network.rttMs': -1, 'network.madeUp': 3 },
      };
      await openFilesMenu(page);
      await page.getByTestId('import-scenario').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      const text = (await page.getByTestId('import-error').textContent()) ?? '';
      for (const field of ['bad.json', 'schemaVersion', 'id', 'network.rttMs', 'network.madeUp']) {
        check(text.includes(field), `the refusal does not name ${field}: ${text}`);
      }
      check(
        (await numberField(page, 'network.rttMs').inputValue()) === '120',
        'a refused file changed the state',
      );
      check((await page.evaluate(() => window.location.hash)) === hash, 'a refused file changed the link');
    },
  },
  {
    name: 'a named configuration is saved, survives a reload and opens again',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, START);
      await openFilesMenu(page);
      await page.getByLabel('Name').fill('trial A');
      await page.getByRole('button', { name: 'Save current' }).click();
      await numberField(page, 'network.nodeCount').fill('77');
      await page.reload();
      await waitForDrawn(page);
      check((await numberField(page, 'network.nodeCount').inputValue()) === '77', 'autosave lost the change');
      await openFilesMenu(page);
      await page.getByRole('button', { name: 'Open trial A' }).click();
      await waitForDrawn(page);
      check(
        (await numberField(page, 'network.nodeCount').inputValue()) === '30',
        'the saved state did not open',
      );
    },
  },
  {
    name: 'charts download as PNG and SVG, results as CSV equal to the CLI runner and as JSON',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, START);
      const png = await download(page, 'sweep-chart-png');
      check(png.name === 'sweep.png', `PNG named ${png.name}`);
      check(
        png.bytes.subarray(1, 4).toString('latin1') === 'PNG' && png.bytes.length > 5000,
        'not a PNG image',
      );
      const svg = await download(page, 'sweep-chart-svg');
      const svgText = svg.bytes.toString('utf8');
      check(
        svg.name === 'sweep.svg' && svgText.startsWith('<svg'),
        `not an SVG image: ${svgText.slice(0, 40)}`,
      );
      check(svgText.includes('Nodes'), 'the SVG lacks the axis title');

      const scenario = await download(page, 'save-scenario');
      await openFilesMenu(page);
      const csv = await download(page, 'export-csv');
      check(csv.name === 'explore-sweep.csv', `CSV named ${csv.name}`);
      const parsed = parseScenarioText(scenario.bytes.toString('utf8'));
      check(parsed.ok, 'the saved scenario is invalid');
      const expected = resultToCsv(runScenario(parsed.scenario));
      const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
      check(lines.length === 26, `CSV has ${lines.length} lines, expected a header and 25 rows`);
      check(
        csv.bytes.toString('utf8') === expected,
        'the CSV differs from resultToCsv of the same file in Node',
      );
      const json = await download(page, 'export-json');
      const rows = (JSON.parse(json.bytes.toString('utf8')) as { rows: unknown[] }).rows;
      check(rows.length === 25, `JSON has ${rows.length} rows`);
    },
  },
];
