// `npm run validation`: runs every scenario in scenarios/calibration/, writes docs/validation.md (model versus
// published figure for every `matches` assertion) and prints a summary. Paths are relative to the repository
// root (`--check` compares instead of writing); the published cases are read from the shared folder beside it, and a missing file is reported, not fatal.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../src/cli/checkFile';
import { findScenarioFiles } from '../src/cli/findScenarioFiles';
import {
  type PublishedCase,
  renderValidationReport,
  summarize,
  summaryLine,
} from '../src/cli/validationReport';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Calibration scenarios, the report, and the shared published cases, relative to the repository root. */
const CALIBRATION_FOLDER = 'scenarios/calibration';
const REPORT_PATH = 'docs/validation.md';
const PUBLISHED_CASES_PATH = '../shared/calibration/published-cases.json';

function readCases(): { cases?: PublishedCase[]; problem?: string } {
  try {
    const parsed = JSON.parse(readFileSync(join(REPOSITORY_ROOT, PUBLISHED_CASES_PATH), 'utf8')) as {
      cases?: PublishedCase[];
    };
    return Array.isArray(parsed.cases) ? { cases: parsed.cases } : { problem: 'it has no "cases" list' };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { problem: code === 'ENOENT' ? `${PUBLISHED_CASES_PATH} not found` : String(error) };
  }
}

process.chdir(REPOSITORY_ROOT);
const { cases, problem } = readCases();
if (problem) console.log(`note: published cases unavailable: ${problem}; continuing without them`);
const checks = findScenarioFiles(CALIBRATION_FOLDER).map(checkFile);
const input = { checks, cases, casesProblem: problem };
const report = renderValidationReport(input);
// `--check` (used by npm test) fails when the committed report is not what the model now produces.
if (process.argv.includes('--check')) {
  const current = readFileSync(REPORT_PATH, 'utf8');
  const fresh = current === report;
  console.log(
    fresh ? `${REPORT_PATH} is current` : `${REPORT_PATH} is stale: run npm run validation and commit it`,
  );
  console.log(`${fresh ? 1 : 0} passed, ${fresh ? 0 : 1} failed`);
  process.exit(fresh ? 0 : 1);
}
writeFileSync(REPORT_PATH, report);
for (const check of checks.filter((entry) => entry.status !== 'checked')) {
  console.log(`could not check ${check.file} (${check.status})`);
}
console.log(`validation: ${summaryLine(summarize(input))}`);
console.log(`wrote ${REPORT_PATH}`);
