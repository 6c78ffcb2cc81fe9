// Workshop cases, as a participant and a facilitator would use the app: locked values survive a preset, Reset,
// an imported file and a sweep-axis change; a hidden group cannot be changed at all; a participant link has no
// facilitator controls; a partly bad link applies its good fields; the builder's links stay short.
import { numberField, openApp, waitForDrawn } from '../appPage';
import { type BrowserCase, check } from '../runner';

const LOCKED = 'network.nodeCount,network.rttMs,network.uploadMbps';
/** A participant link: nodes, round trip and upload locked at a home-broadband setting. */
const PARTICIPANT = `v=1&p=1&network.nodeCount=30&network.rttMs=30&network.uploadMbps=60&lock=${LOCKED}`;

const lockedValues = async (page: Parameters<typeof numberField>[0]) => ({
  nodes: await numberField(page, 'network.nodeCount').inputValue(),
  rtt: await numberField(page, 'network.rttMs').inputValue(),
  upload: await numberField(page, 'network.uploadMbps').inputValue(),
});
const EXPECTED = JSON.stringify({ nodes: '30', rtt: '30', upload: '60' });

/** A scenario file that sets the locked fields to other values (and a seed). */
const OTHER_VALUES_FILE = JSON.stringify({
  schemaVersion: 1,
  id: 'other-values',
  title: 'Other values',
  description: 'Sets the locked network fields to other values.',
  claim: { text: 'none', source: 'test' },
  seed: 'imported-seed',
  params: {
    'network.nodeCount': 500,
    'network.rttMs': 200,
    'network.uploadMbps': 1000,
    'network.rttJitterFraction': 0.3,
  },
});

/** The workshop cases, in order. */
export const WORKSHOP_CASES: BrowserCase[] = [
  {
    name: 'locked fields stay unchanged after a preset, Reset, an import and a sweep-axis change',
    run: async ({ page, baseUrl }) => {
      await openApp(page, baseUrl, PARTICIPANT);
      check(JSON.stringify(await lockedValues(page)) === EXPECTED, 'the link did not set the values');

      const picker = page.locator('details[data-group="network"] .preset-picker select');
      await picker.selectOption({ label: 'Global (transpacific)' });
      const notice = (await page.getByTestId('notice').textContent()) ?? '';
      check(notice.includes('Round-trip time') && notice.includes('locked'), `preset notice: ${notice}`);
      check(JSON.stringify(await lockedValues(page)) === EXPECTED, 'a preset changed a locked value');

      await numberField(page, 'network.rttJitterFraction').fill('0.4');
      await page.getByRole('button', { name: 'Reset parameters' }).click();
      await waitForDrawn(page);
      check(JSON.stringify(await lockedValues(page)) === EXPECTED, 'Reset changed a locked value');
      const jitter = await numberField(page, 'network.rttJitterFraction').inputValue();
      check(jitter !== '0.4', 'Reset did not reset an unlocked value');

      await page.getByTestId('files-menu').locator('summary').click();
      await page.getByTestId('import-scenario').setInputFiles({
        name: 'other-values.json',
        mimeType: 'application/json',
        buffer: Buffer.from(OTHER_VALUES_FILE),
      });
      await page.getByText('Loaded “Other values”').waitFor();
      await waitForDrawn(page);
      check(JSON.stringify(await lockedValues(page)) === EXPECTED, 'an import changed a locked value');
      check(
        (await numberField(page, 'network.rttJitterFraction').inputValue()) === '0.3',
        'the import did not apply an unlocked value',
      );
      check(
        (await page.locator('header input.seed-field').inputValue()) === 'imported-seed',
        'the import did not apply its seed',
      );
      const importNotice = (await page.getByTestId('notice').textContent()) ?? '';
      check(
        importNotice.includes('Nodes'),
        `the import notice does not name the kept fields: ${importNotice}`,
      );

      const axis = page.locator('.sweep-picker select').nth(1);
      const offered = await axis
        .locator('option')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
      for (const path of ['network.nodeCount', 'network.uploadMbps'])
        check(!offered.includes(path), `the locked ${path} is offered as a sweep axis`);
      await axis.selectOption('network.rttJitterFraction');
      await waitForDrawn(page);
      check(
        JSON.stringify(await lockedValues(page)) === EXPECTED,
        'a sweep-axis change moved a locked value',
      );
    },
  },
  {
    name: 'a participant link opens without facilitator controls; the edit link reopens the builder',
    run: async ({ page, baseUrl, newPage }) => {
      await page.goto(`${baseUrl}#v=1&view=workshop&lock=network.rttMs`);
      await page.getByTestId('workshop-view').waitFor();
      const participantLink = await page.getByTestId('workshop-link').inputValue();
      const edit = await page.getByTestId('edit-link').inputValue();
      check(participantLink.includes('p=1') && !edit.includes('p=1'), `links: ${participantLink} / ${edit}`);

      const participant = await newPage();
      await participant.goto(participantLink);
      await waitForDrawn(participant);
      const tabs = await participant.locator('nav.view-tabs button').allTextContents();
      check(!tabs.includes('Workshop'), `a participant sees the Workshop tab: ${tabs.join(', ')}`);
      check(
        (await participant.getByLabel('Facilitator mode').count()) === 0,
        'the facilitator checkbox shows',
      );
      check(
        await numberField(participant, 'network.rttMs').isDisabled(),
        'the locked control can be changed',
      );
      await participant.goto(participantLink.replace('#', '#view=workshop&'));
      await participant.locator('[data-testid="sweep-chart"][data-trace-count]').waitFor();
      check(
        (await participant.getByTestId('workshop-view').count()) === 0,
        'a participant reached the builder',
      );

      const facilitator = await newPage();
      await facilitator.goto(edit);
      await facilitator.getByTestId('workshop-view').waitFor();
      check(
        await facilitator.getByLabel('Lock Round-trip time', { exact: true }).isChecked(),
        'the edit link lost the lock',
      );
    },
  },
  {
    name: 'hiding whole groups in the builder leaves no way to change them, in a short link',
    run: async ({ page, baseUrl, newPage }) => {
      await page.goto(`${baseUrl}#v=1&view=workshop`);
      await page.getByTestId('workshop-view').waitFor();
      for (const group of ['hardware', 'privacy', 'verification', 'ledger']) {
        await page.getByLabel(`Hide every ${group} parameter`).check();
      }
      const link = await page.getByTestId('workshop-link').inputValue();
      const hash = link.slice(link.indexOf('#'));
      check(hash.length <= 60, `the link's hash is ${hash.length} characters: ${hash}`);
      check(hash.includes('hardware'), `the link does not name the hardware group: ${hash}`);

      const participant = await newPage();
      await participant.goto(link);
      await waitForDrawn(participant);
      check(
        (await participant.locator('details[data-group="hardware"]').count()) === 0,
        'the hidden hardware group (and its preset picker) still shows',
      );
      const offered = await participant
        .locator('.sweep-picker select')
        .nth(1)
        .locator('option')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
      check(
        !offered.some((path) => path.startsWith('hardware.')),
        'a hidden hardware parameter is a sweep axis',
      );
    },
  },
  {
    name: 'a partly bad link applies its valid fields, hide and lock included, and names the rest',
    run: async ({ page, baseUrl }) => {
      await openApp(
        page,
        baseUrl,
        'v=1&network.nodeCount=40&network.rttMs=-4&lock=network.nodeCount,nope&hide=hardware&seed=s1&y=bogus',
      );
      const text = (await page.getByRole('alert').textContent()) ?? '';
      for (const field of ['network.rttMs', 'lock', 'y'])
        check(text.includes(field), `the alert does not name ${field}: ${text}`);
      check(!text.includes('network.nodeCount'), 'a valid field was named as bad');
      check((await numberField(page, 'network.nodeCount').inputValue()) === '40', 'valid value not applied');
      check(await numberField(page, 'network.nodeCount').isDisabled(), 'valid lock not applied');
      check((await page.locator('details[data-group="hardware"]').count()) === 0, 'valid hide not applied');
      check((await numberField(page, 'network.rttMs').inputValue()) === '65', 'the bad value was applied');
      check((await page.locator('header input.seed-field').inputValue()) === 's1', 'valid seed not applied');
    },
  },
  {
    name: 'the Matrix thresholds travel in the link',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=matrix&matrix=0.4,-0.3,0.7`);
      const strong = page.getByLabel('Strong at score ≥');
      await strong.waitFor();
      check((await strong.inputValue()) === '0.4', `strong threshold shows ${await strong.inputValue()}`);
      await strong.fill('0.45');
      await page.getByRole('button', { name: 'Apply and recompute' }).click();
      await page.waitForFunction(() => window.location.hash.includes('matrix=0.45,-0.3,0.7'));
    },
  },
];
