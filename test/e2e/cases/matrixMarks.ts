// The Matrix tells the truth at a glance: a cell whose rating is fragile (its detail says so) carries the mark
// in the grid itself, a cell whose row metric does not move is marked flat (and, when it agrees with the
// article, says that the agreement rests on nothing moving), and the legend explains both marks.
import { type BrowserCase, check } from '../runner';

/** The matrix-marks case. */
export const MATRIX_MARK_CASES: BrowserCase[] = [
  {
    name: 'fragile and flat matrix cells are marked in the grid, with a legend',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=matrix`);
      const cells = page.locator('[data-testid="matrix-model"] button.matrix-cell');
      await cells.nth(8).waitFor({ timeout: 60_000 });
      const keys = await cells.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('data-cell') ?? ''),
      );
      let fragileCount = 0;
      let flatAgreeing = 0;
      for (const key of keys) {
        const cell = page.locator(`[data-testid="matrix-model"] [data-cell="${key}"]`);
        const text = (await cell.textContent()) ?? '';
        await cell.click();
        const detail = (await page.getByTestId('matrix-detail').textContent()) ?? '';
        await cell.click();
        const saysFragile = detail.includes('(fragile)');
        const marked = (await cell.getAttribute('data-fragile')) === 'true';
        check(
          saysFragile === marked,
          `${key}: the detail ${saysFragile ? 'says' : 'does not say'} fragile, the grid ${marked ? 'marks' : 'does not mark'} it`,
        );
        check(
          marked === text.includes('⚠ fragile'),
          `${key}: the fragile mark is not written in the cell: ${text}`,
        );
        if (marked) fragileCount += 1;
        const moves = detail.match(/moves by ([+−-]?\d+\.\d+)/)?.[1]?.replace('−', '-');
        const flat = (await cell.getAttribute('data-flat')) === 'true';
        check(moves !== undefined, `${key}: no score in the detail: ${detail.slice(0, 120)}`);
        check(flat === Math.abs(Number(moves)) < 0.01, `${key}: score ${moves} but flat mark ${flat}`);
        if (flat && (await cell.getAttribute('data-agreement')) === 'agree') {
          check(text.includes('agrees only because the metric is flat'), `${key}: ${text}`);
          flatAgreeing += 1;
        }
      }
      check(fragileCount > 0, 'no fragile cell to mark');
      check(flatAgreeing > 0, 'no cell agreeing only because its metric is flat');
      const fragileLegend = (await page.getByTestId('legend-fragile').textContent()) ?? '';
      const flatLegend = (await page.getByTestId('legend-flat').textContent()) ?? '';
      check(/fewer than \d+% of the sensitivity runs/.test(fragileLegend), `legend: ${fragileLegend}`);
      check(flatLegend.includes('less than 1%'), `legend: ${flatLegend}`);
    },
  },
];
