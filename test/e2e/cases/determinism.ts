// Agreement across environments, to the byte (docs/model.md, Monte Carlo). The sweep saved as a scenario file, run in
// Node with the core's scenario runner (what the CLI does), must give exactly the numbers the browser's
// worker computed: Node's and Chromium's V8 round Math.exp, Math.log and Math.pow differently in the last bit,
// which is why the core computes them itself (src/core/math, IEEE-exact operations only). The second case
// checks that directly: src/core/math reproduces the bit patterns of test/core/math/math.golden.json in a
// Chromium page and in a Chromium worker, as it does in Node (test/core/math/golden.test.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseScenarioText, runScenario } from '../../../src/core/scenario/index';
import { sameBits } from '../../core/math/bitPatterns';
import { GOLDEN_PATH, type GoldenFile } from '../../core/math/goldenFunctions';
import { openApp, sweepTraceValues } from '../appPage';
import { REPO_ROOT } from '../harness';
import { bundleMathGolden, MATH_BUNDLE_GLOBAL } from '../mathBundle';
import type { GoldenInputs, GoldenResults } from '../mathGoldenEntry';
import { type BrowserCase, check } from '../runner';

/** Sweep values as the chart holds them: the expected value and the Monte Carlo band. */
interface SweepNumbers {
  expected: ReadonlyArray<number | null>;
  p10: ReadonlyArray<number | null>;
  p90: ReadonlyArray<number | null>;
}

/** The first point whose JSON differs between Node and the browser, or null when the JSON is identical. */
function firstDifference(node: SweepNumbers, browser: SweepNumbers): string | null {
  if (JSON.stringify(node) === JSON.stringify(browser)) return null;
  for (const key of ['expected', 'p10', 'p90'] as const) {
    const length = Math.max(node[key].length, browser[key].length);
    for (let index = 0; index < length; index += 1) {
      const [ours, theirs] = [JSON.stringify(node[key][index]), JSON.stringify(browser[key][index])];
      if (ours !== theirs) return `${key} at point ${index}: Node ${ours}, browser ${theirs}`;
    }
  }
  return 'the JSON differs outside the values';
}

/** Golden results computed in the browser that differ from the file (NaN matches any NaN). */
function goldenMismatches(golden: GoldenFile, results: GoldenResults, where: string): string[] {
  return Object.entries(golden).flatMap(([name, cases]) =>
    cases.flatMap((goldenCase, index) => {
      const actual = results[name]?.[index] ?? 'missing';
      return sameBits(goldenCase.result, actual)
        ? []
        : [`${where}: ${goldenCase.approximately}: expected ${goldenCase.result}, got ${actual}`];
    }),
  );
}

/** The golden file's argument lists per function. */
const inputsOf = (golden: GoldenFile): GoldenInputs =>
  Object.fromEntries(Object.entries(golden).map(([name, cases]) => [name, cases.map((c) => c.arguments)]));

/** The cross-environment cases. */
export const DETERMINISM_CASES: BrowserCase[] = [
  {
    name: 'a saved scenario file reproduces the browser numbers in Node, byte for byte',
    run: async ({ page, baseUrl }) => {
      await openApp(
        page,
        baseUrl,
        'v=1&view=explore&seed=same-bytes&network.nodeCount=30&heterogeneity.speedSigma=0.3',
      );
      const browser: SweepNumbers = {
        expected: await sweepTraceValues(page),
        p10: await sweepTraceValues(page, 'P10'),
        p90: await sweepTraceValues(page, 'P10-P90 (Monte Carlo)'),
      };
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('save-scenario').click(),
      ]);
      const parsed = parseScenarioText(await readFile(await download.path(), 'utf8'));
      check(
        parsed.ok,
        `the saved file is not a valid scenario: ${parsed.ok ? '' : JSON.stringify(parsed.errors)}`,
      );
      const rows = runScenario(parsed.scenario).rows;
      const node: SweepNumbers = {
        expected: rows.map((row) => row.result.metrics.throughputTokensPerS ?? null),
        p10: rows.map((row) => row.result.bands.throughputTokensPerS?.p10 ?? null),
        p90: rows.map((row) => row.result.bands.throughputTokensPerS?.p90 ?? null),
      };
      check(browser.p90.length > 0, 'the browser chart has no P90 band');
      const problem = firstDifference(node, browser);
      check(problem === null, `results differ between Node and the browser: ${problem}`);
    },
  },
  {
    name: 'the deterministic maths gives the golden bits in a browser page and a worker',
    run: async ({ context, baseUrl }) => {
      const golden = JSON.parse(await readFile(resolve(REPO_ROOT, GOLDEN_PATH), 'utf8')) as GoldenFile;
      const inputs = inputsOf(golden);
      const bundle = await bundleMathGolden();
      // The test injects the maths bundle as an inline script, which the app's Content-Security-Policy rightly
      // refuses; the maths is checked in a context that ignores the policy (the app is not under test here).
      const browser = context.browser();
      check(browser !== null, 'no browser behind the context');
      const inlineContext = await browser.newContext({ bypassCSP: true });
      const page = await inlineContext.newPage();
      await page.goto(baseUrl);
      await page.addScriptTag({ content: bundle });
      const inPage = await page.evaluate(
        ({ global, goldenInputs }) =>
          (globalThis as unknown as Record<string, { evaluateGolden: (i: GoldenInputs) => GoldenResults }>)[
            global
          ]?.evaluateGolden(goldenInputs) ?? {},
        { global: MATH_BUNDLE_GLOBAL, goldenInputs: inputs },
      );
      const workerSource = `${bundle}\nself.onmessage = (event) => self.postMessage(${MATH_BUNDLE_GLOBAL}.evaluateGolden(event.data));`;
      const inWorker = await page.evaluate(
        ({ source, goldenInputs }) =>
          new Promise<GoldenResults>((resolveResults, reject) => {
            const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
            worker.onmessage = (event: MessageEvent<GoldenResults>) => resolveResults(event.data);
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage(goldenInputs);
          }),
        { source: workerSource, goldenInputs: inputs },
      );
      const mismatches = [
        ...goldenMismatches(golden, inPage, 'page'),
        ...goldenMismatches(golden, inWorker, 'worker'),
      ];
      await inlineContext.close();
      const caseCount = Object.values(golden).reduce((sum, cases) => sum + cases.length, 0);
      check(caseCount > 0, 'the golden file has no cases');
      check(
        mismatches.length === 0,
        `${mismatches.length} golden mismatches:\n${mismatches.slice(0, 20).join('\n')}`,
      );
    },
  },
];
