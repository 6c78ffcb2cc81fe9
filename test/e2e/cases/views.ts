// Cases of the Compare, Matrix and Workshop views and of presenter mode: B's differences are listed with
// units, the matrix shows nine computed cells beside the article's and a cell opens its scenario, a workshop
// link hides and locks its controls, and presenter mode shows only charts and readouts in large type.
import { numberField, openApp, sweepTraceValues, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

/** The view cases, in order. */
export const VIEW_CASES: BrowserCase[] = [
  {
    name: 'the compare view lists changed assumptions and the differences in results',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByTestId('duplicate-as-b').click();
      await page.getByText('A and B have the same assumptions').waitFor();
      const panelB = page.locator('aside[data-target="b"]');
      await panelB.locator('[data-path="network.nodeCount"] input.number-field').fill('64');
      const changed = page.locator('[data-testid="changed-assumptions"] tr[data-path="network.nodeCount"]');
      const cells = await changed.locator('td').allTextContents();
      check(
        JSON.stringify(cells) === JSON.stringify(['count', '14', '64']),
        `changed row: ${cells.join(' | ')}`,
      );
      const throughput = page.locator(
        '[data-testid="compare-metrics"] tr[data-metric="throughputTokensPerS"] td',
      );
      await page.waitForFunction(() => {
        const row = document.querySelector(
          '[data-testid="compare-metrics"] tr[data-metric="throughputTokensPerS"]',
        );
        return row !== null && !row.textContent?.includes('same');
      });
      const [a, b, ratio] = await throughput.allTextContents();
      check(a !== b && ratio !== '1×' && ratio !== '—', `throughput A ${a}, B ${b}, B/A ${ratio}`);
      await page.locator('[data-testid="compare-chart"][data-trace-count="2"]').waitFor();
      const hash = await page.evaluate(() => window.location.hash);
      check(
        hash.includes('cmp=1') && hash.includes('B:network.nodeCount=64'),
        `B is not in the link: ${hash}`,
      );
      check(!hash.includes('&network.nodeCount'), 'editing B changed A');
    },
  },
  {
    name: 'the matrix shows nine computed cells beside the article and a cell opens its scenario',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=matrix`);
      const cells = page.locator('[data-testid="matrix-model"] button.matrix-cell');
      await cells.nth(8).waitFor({ timeout: 60_000 });
      check((await cells.count()) === 9, `the model grid has ${await cells.count()} cells`);
      const ratings = await cells.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('data-rating')),
      );
      check(
        ratings.every((rating) => rating === 'strong' || rating === 'medium' || rating === 'weak'),
        `ratings: ${ratings.join(', ')}`,
      );
      const article = await page.locator('[data-testid="matrix-article"] .article-cell').allTextContents();
      check(article.length === 9, `the article grid has ${article.length} cells`);
      check(
        article.filter((text) => text === 'not stated').length === 4,
        `article cells: ${article.join(', ')}`,
      );
      const marked = await page.locator('[data-testid="matrix-model"] .disagree').count();
      const disagreeing = await page
        .locator('[data-testid="matrix-model"] [data-agreement="disagree"]')
        .count();
      check(marked === disagreeing, `${disagreeing} disagreements but ${marked} marked`);
      const robust = await page
        .locator('[data-testid="matrix-model"] .robust, [data-testid="matrix-model"] .fragile')
        .count();
      check(robust === 9, `robustness shown on ${robust} cells`);
      await page.locator('[data-cell="privacy.decentralization"]').first().click();
      await page.getByTestId('open-cell-scenario').click();
      await page
        .locator('[data-testid="scenario-detail"][data-scenario="matrix-privacy-decentralization"]')
        .waitFor({ timeout: 30_000 });
      const hash = await page.evaluate(() => window.location.hash);
      check(hash.includes('view=scenarios'), `the cell did not open the Scenarios view: ${hash}`);
    },
  },
  {
    name: 'a workshop link from the builder hides and locks its controls',
    run: async ({ page, context, baseUrl, newPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await openApp(page, baseUrl);
      await page.getByRole('button', { name: 'Workshop', exact: true }).click();
      // The finder narrows the builder's hundreds of rows to the ones asked for.
      await page.getByTestId('find-param').fill('round trip');
      const found = await page.locator('[data-testid="visibility-table"] tr[data-path]').count();
      check(found > 0 && found < 10, `the finder left ${found} rows for "round trip"`);
      await page.getByLabel('Hide Round-trip time', { exact: true }).check();
      await page.getByTestId('find-param').fill('');
      await page.getByLabel('Lock Nodes', { exact: true }).check();
      await page.getByLabel('Participants open on').selectOption('explore');
      await page.getByTestId('copy-workshop-link').click();
      await page.getByText('Copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      check(
        link === (await page.getByTestId('workshop-link').inputValue()),
        'the copied link differs from the shown one',
      );
      check(
        link.includes('hide=network.rttMs') &&
          link.includes('lock=network.nodeCount') &&
          link.includes('p=1'),
        `link: ${link}`,
      );

      const participant = await newPage();
      await participant.goto(link);
      await waitForDrawn(participant);
      check(
        (await participant.locator('[data-path="network.rttMs"]').count()) === 0,
        'the hidden control shows',
      );
      check(
        await numberField(participant, 'network.nodeCount').isDisabled(),
        'the locked control can be changed',
      );
      check(
        await numberField(participant, 'network.uploadMbps').isEnabled(),
        'an untouched control is locked',
      );
    },
  },
  {
    name: 'a sweep across values a rule refuses leaves them out, says why, and draws the rest',
    run: async ({ page, baseUrl }) => {
      await openApp(
        page,
        baseUrl,
        'v=1&view=explore&privacy.technique=mpc&mpc.partyCount=5&mpc.collusionThresholdCount=5&x=mpc.partyCount',
      );
      const note = (await page.getByTestId('sweep-exclusion').textContent()) ?? '';
      check(
        note.includes('“Colluding parties that break it (t)” in Multi-party computation (MPC)'),
        `the note does not name the rule's field by its label: ${note}`,
      );
      const values = (await sweepTraceValues(page)).filter((value) => value !== null);
      check(values.length > 0, 'the sweep drew no points');
      check(
        (await page.locator('[data-testid="status"][data-status="error"]').count()) === 0,
        'the sweep failed',
      );
    },
  },
  {
    name: 'presenter mode shows only charts and key readouts in large type, and is in the link',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl);
      await page.getByTestId('presenter-on').click();
      await page.getByTestId('presenter-bar').waitFor();
      check(
        (await page.evaluate(() => window.location.hash)).includes('present=1'),
        'presenter mode is not in the link',
      );
      check((await page.locator('aside.controls').count()) === 0, 'the controls still show');
      check(!(await page.locator('.sweep-picker').isVisible()), 'the sweep picker still shows');
      await page.locator('[data-testid="sweep-chart"][data-trace-count]').waitFor();
      const sizes = await page.evaluate(() => ({
        body: Number.parseFloat(getComputedStyle(document.querySelector('.app') as Element).fontSize),
        tick: Number.parseFloat(
          (document.querySelector('[data-testid="sweep-chart"] .xtick text') as SVGElement | null)?.style
            .fontSize ?? '0',
        ),
      }));
      check(
        sizes.body >= 24 && sizes.tick >= 20,
        `type too small: page ${sizes.body}px, chart ticks ${sizes.tick}px`,
      );

      await page.reload();
      await page.getByTestId('presenter-bar').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('header.app-header').waitFor();
      check(
        !(await page.evaluate(() => window.location.hash)).includes('present=1'),
        'leaving did not update the link',
      );
      check((await page.locator('aside.controls').count()) === 1, 'the controls did not come back');
    },
  },
];
