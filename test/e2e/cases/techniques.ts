// Cases of the Technique map: every combination the job allows is drawn and listed (the same rows as
// `sim techniques` prints for the same configuration), the frontier traces join the flagged points, and a
// click on a point applies it to the current configuration.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../../../src/cli/cli';
import type { TechniqueMap } from '../../../src/core/techniqueMap/techniqueMap';
import { DRAW_TIMEOUT_MS } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The CLI's map of a scenario file holding `params` over the defaults. */
function cliMap(params: Record<string, string | number | boolean>): TechniqueMap {
  const folder = mkdtempSync(join(tmpdir(), 'techniques-'));
  const file = join(folder, 'config.json');
  const scenario = {
    schemaVersion: 1,
    id: 'map',
    title: 'Map',
    description: 'The configuration the browser shows.',
    claim: { text: 'none', source: 'the end-to-end test', section: 'none' },
    params,
  };
  writeFileSync(file, JSON.stringify(scenario));
  let out = '';
  const code = runCli(['techniques', file, '--json'], { out: (text) => (out += text), err: () => undefined });
  if (code !== 0) throw new Error(`sim techniques exited with ${code}`);
  return JSON.parse(out) as TechniqueMap;
}

interface DrawnTrace {
  name: string;
  x: number[];
  y: number[];
  customdata?: string[];
  hovertext?: string[];
  yaxis?: string;
  mode: string;
}

async function drawnTraces(page: Page): Promise<DrawnTrace[]> {
  return page.locator('[data-testid="technique-chart"]').evaluate((element) => {
    const data = (element as HTMLElement & { data?: DrawnTrace[] }).data ?? [];
    return JSON.parse(JSON.stringify(data)) as DrawnTrace[];
  });
}

async function openMap(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}#v=1&view=techniques${hash}`);
  await page.locator('.technique-layout[data-fresh="true"]').waitFor({ timeout: DRAW_TIMEOUT_MS });
  await page
    .locator('[data-testid="technique-chart"][data-trace-count]')
    .waitFor({ timeout: DRAW_TIMEOUT_MS });
}

/** The technique-map cases. */
export const TECHNIQUE_CASES: BrowserCase[] = [
  {
    name: 'the technique map draws and lists every allowed combination with its frontier, as sim techniques',
    run: async ({ page, baseUrl }) => {
      await openMap(page, baseUrl, '&workload.kind=inference');
      const expected = cliMap({ 'workload.kind': 'inference' });
      const rowKeys = await page
        .locator('[data-testid="technique-table"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key') ?? ''));
      const cliKeys = expected.points.map((p) => `${p.privacyTechnique}|${p.verificationTechnique}`);
      check(rowKeys.length === cliKeys.length, `table has ${rowKeys.length} rows, the CLI ${cliKeys.length}`);
      check(
        JSON.stringify([...rowKeys].sort()) === JSON.stringify([...cliKeys].sort()),
        `table rows ${rowKeys.join(', ')} differ from the CLI's ${cliKeys.join(', ')}`,
      );
      const traces = await drawnTraces(page);
      const exposure = traces.filter((t) => t.mode === 'markers' && t.yaxis !== 'y2');
      const plotted = new Map<string, { x: number; y: number }>();
      for (const trace of exposure) {
        for (const [i, key] of (trace.customdata ?? []).entries())
          plotted.set(key, { x: trace.x[i] ?? 0, y: trace.y[i] ?? 0 });
      }
      for (const point of expected.points) {
        const key = `${point.privacyTechnique}|${point.verificationTechnique}`;
        const drawn = plotted.get(key);
        check(
          drawn !== undefined &&
            drawn.x === point.throughputTokensPerS &&
            drawn.y === point.privacyExposureProbabilityFraction,
          `${key}: drawn ${JSON.stringify(drawn)}, CLI ${point.throughputTokensPerS}, ${point.privacyExposureProbabilityFraction}`,
        );
      }
      const hovers = exposure.flatMap((t) => t.hovertext ?? []);
      check(
        hovers.length === expected.points.length &&
          hovers.every((text) => text.includes('Trust for privacy:') && text.includes('Trust for results:')),
        'a hover lacks the trust assumptions',
      );
      const frontier = traces.find((t) => t.mode === 'lines' && t.yaxis !== 'y2');
      const onFrontier = expected.points.filter((p) => p.onExposureFrontier);
      check(
        frontier !== undefined && frontier.x.length === onFrontier.length && onFrontier.length > 0,
        `exposure frontier has ${frontier?.x.length} points, the CLI flags ${onFrontier.length}`,
      );
      const paretoRows = await page
        .locator('[data-testid="technique-table"] tbody tr')
        .evaluateAll((rows) => rows.filter((row) => row.children[4]?.textContent === 'yes').length);
      const paretoCli = expected.points.filter((p) => p.paretoOptimal).length;
      check(paretoRows === paretoCli, `table marks ${paretoRows} Pareto-optimal rows, the CLI ${paretoCli}`);
      const refused = await page.getByTestId('technique-refused').locator('li').count();
      check(
        refused === expected.refused.length,
        `refused: ${refused} listed, CLI ${expected.refused.length}`,
      );
    },
  },
  {
    name: 'clicking a point of the technique map applies it to the current configuration',
    run: async ({ page, baseUrl }) => {
      await openMap(page, baseUrl, '');
      // A point with no other marker within 12 pixels in the exposure panel, so the click cannot hit another.
      const found = await page.locator('[data-testid="technique-chart"]').evaluate((element) => {
        type Axis = { d2p: (value: number) => number; _offset: number };
        const graph = element as HTMLElement & {
          data?: Array<{ x: number[]; y: number[]; customdata?: string[]; yaxis?: string; mode: string }>;
          _fullLayout?: { xaxis: Axis; yaxis: Axis };
        };
        const layout = graph._fullLayout;
        if (!layout) return null;
        const box = element.getBoundingClientRect();
        const points = (graph.data ?? [])
          .filter((t) => t.yaxis !== 'y2' && t.mode === 'markers')
          .flatMap((t) =>
            (t.customdata ?? []).map((key, i) => ({
              key,
              x: box.left + layout.xaxis._offset + layout.xaxis.d2p(t.x[i] ?? 0),
              y: box.top + layout.yaxis._offset + layout.yaxis.d2p(t.y[i] ?? 0),
            })),
          );
        return (
          points.find(
            (p) =>
              !p.key.startsWith('none|none') &&
              points.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 12),
          ) ?? null
        );
      });
      check(found !== null, 'no point of the chart stands alone');
      const target = found.key;
      const position = found;
      check(position !== null, `no drawn point for ${target}`);
      await page.mouse.move(position.x, position.y);
      await page.mouse.click(position.x, position.y);
      await page
        .locator(`[data-testid="technique-table"] tr[data-key="${target}"][aria-current="true"]`)
        .waitFor({ timeout: DRAW_TIMEOUT_MS });
      const [privacy = '', verification = ''] = target.split('|');
      const hash = await page.evaluate(() => window.location.hash);
      const carries = (path: string, value: string) =>
        value === 'none' ? !hash.includes(`${path}=`) : hash.includes(`${path}=${value}`);
      check(
        carries('privacy.technique', privacy) && carries('verification.technique', verification),
        `the link does not carry the applied point ${target}: ${hash}`,
      );
    },
  },
];
