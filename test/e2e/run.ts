// End-to-end browser tests: serves dist/ (building it first only if it is missing), runs every case in
// headless Chromium, and always closes the browser and the server. Exit code 1 on any failure.
// Without Chromium it warns and skips (exit 0), unless CI=true (exit 1). Run: npx tsx test/e2e/run.ts
// E2E_BASE_URL=<url of a running server> tests that server instead (for example `npm start`) and builds nothing.
// E2E_ONLY=<text> runs only the cases whose name contains that text.
import type { Browser } from 'playwright-core';
import { CLAIM_FORM_CASES } from './cases/claimForm';
import { CLAIM_CASES } from './cases/claims';
import { CLAIM_WHY_CASES } from './cases/claimWhy';
import { COMPARE_MANY_CASES } from './cases/compareMany';
import { CONTROL_CASES } from './cases/controls';
import { DETERMINISM_CASES } from './cases/determinism';
import { EDGE_CASES } from './cases/edges';
import { FEASIBILITY_CASES, PRESET_NAME_CASES } from './cases/feasibility';
import { FILE_CASES } from './cases/files';
import { GROUP_CASES } from './cases/groups';
import { HOSTILE_CASES } from './cases/hostile';
import { HOVER_CASES } from './cases/hoverText';
import { LINK_CASES } from './cases/links';
import { MATRIX_MARK_CASES } from './cases/matrixMarks';
import { MODEL_ERROR_CASES } from './cases/modelError';
import { NUMBER_CASES } from './cases/numbers';
import { PLAIN_LANGUAGE_CASES } from './cases/plainLanguage';
import { PRESENTER_CASES } from './cases/presenter';
import { PRESENTER_FIT_CASES } from './cases/presenterFit';
import { SCENARIO_CASES } from './cases/scenarios';
import { SCREENSHOT_CASES } from './cases/screenshots';
import { SHELL_CASES } from './cases/shell';
import { TECHNIQUE_CASES } from './cases/techniques';
import { TRIANGLE_CASES } from './cases/triangle';
import { VIEW_CASES } from './cases/views';
import { WORKSHOP_CASES } from './cases/workshop';
import { ensureBuilt, findChromium, launchChromium, type ServedApp, serveDist } from './harness';
import { runCases } from './runner';

const ALL_CASES = [
  ...SHELL_CASES,
  ...CONTROL_CASES,
  ...FEASIBILITY_CASES,
  ...PRESET_NAME_CASES,
  ...LINK_CASES,
  ...GROUP_CASES,
  ...DETERMINISM_CASES,
  ...SCENARIO_CASES,
  ...FILE_CASES,
  ...VIEW_CASES,
  ...TECHNIQUE_CASES,
  ...COMPARE_MANY_CASES,
  ...CLAIM_CASES,
  ...CLAIM_WHY_CASES,
  ...CLAIM_FORM_CASES,
  ...NUMBER_CASES,
  ...HOVER_CASES,
  ...MATRIX_MARK_CASES,
  ...TRIANGLE_CASES,
  ...MODEL_ERROR_CASES,
  ...WORKSHOP_CASES,
  ...PRESENTER_CASES,
  ...PRESENTER_FIT_CASES,
  ...SCREENSHOT_CASES,
  ...PLAIN_LANGUAGE_CASES,
  ...HOSTILE_CASES,
  ...EDGE_CASES,
];

/** E2E_FILTER=<regular expression> runs only the cases whose name matches (for work on one feature). */
const FILTER = process.env.E2E_FILTER ? new RegExp(process.env.E2E_FILTER, 'i') : null;
const CASES = FILTER ? ALL_CASES.filter((testCase) => FILTER.test(testCase.name)) : ALL_CASES;

async function main(): Promise<number> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const inCi = process.env.CI === 'true';
    console.warn('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    console.warn('!!! No Chromium found: set CHROMIUM_PATH or install the chromium package.     !!!');
    console.warn(`!!! ${inCi ? 'CI=true, so this is a failure.' : 'Skipping the end-to-end tests.'}`);
    console.warn('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    console.log(`skipped: ${CASES.length} end-to-end cases (no Chromium)`);
    return inCi ? 1 : 0;
  }
  const externalUrl = process.env.E2E_BASE_URL;
  if (!externalUrl && (await ensureBuilt())) console.log('built dist/ (it was missing)');
  let served: ServedApp | null = null;
  let browser: Browser | null = null;
  try {
    served = externalUrl ? null : await serveDist();
    const baseUrl = externalUrl ?? served?.baseUrl ?? '';
    browser = await launchChromium(chromiumPath);
    const only = process.env.E2E_ONLY;
    const selected = only ? CASES.filter((testCase) => testCase.name.includes(only)) : CASES;
    const { passed, failed } = await runCases(browser, baseUrl, selected);
    console.log(`${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await served?.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
