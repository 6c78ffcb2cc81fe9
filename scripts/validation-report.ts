// `npm run validation`: runs every scenario in scenarios/calibration/ and scenarios/peers/, writes
// docs/validation.md (model versus published figure for every `matches` assertion, and the model's error per
// area) and src/core/calibration/areaErrors.json (that error, for the core) and prints a summary. Paths are relative to the repository
// root (`--check` compares instead of writing); the published cases are the project's copy in docs/published/,
// and a missing file is reported, not fatal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaErrorData } from '../src/cli/areaErrors';
import { checkFile } from '../src/cli/checkFile';
import { findScenarioFiles } from '../src/cli/findScenarioFiles';
import {
  type PublishedCase,
  renderValidationReport,
  reportAreaErrors,
  summarize,
  summaryLine,
} from '../src/cli/validationReport';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Calibration scenarios, the report, and the published cases, relative to the repository root. */
const CALIBRATION_FOLDER = 'scenarios/calibration';
const PEERS_FOLDER = 'scenarios/peers';
const REPORT_PATH = 'docs/validation.md';
/** The model's error per area, generated for the core (src/core/calibration/areaError.ts reads it). */
const AREA_ERRORS_PATH = 'src/core/calibration/areaErrors.json';
/** The published-case files; the second adds the model-v2 cases. */
const PUBLISHED_CASES_PATHS = [
  'docs/published/published-cases.json',
  'docs/published/published-cases-2.json',
];

function readCaseFile(path: string): { cases?: PublishedCase[]; problem?: string } {
  try {
    const parsed = JSON.parse(readFileSync(join(REPOSITORY_ROOT, path), 'utf8')) as {
      cases?: PublishedCase[];
    };
    return Array.isArray(parsed.cases) ? { cases: parsed.cases } : { problem: `${path} has no "cases" list` };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { problem: code === 'ENOENT' ? `${path} not found` : String(error) };
  }
}

function readCases(): { cases?: PublishedCase[]; problem?: string } {
  const files = PUBLISHED_CASES_PATHS.map(readCaseFile);
  const problem = files.find((file) => file.problem)?.problem;
  return problem ? { problem } : { cases: files.flatMap((file) => file.cases ?? []) };
}

process.chdir(REPOSITORY_ROOT);
const { cases, problem } = readCases();
if (problem) console.log(`note: published cases unavailable: ${problem}; continuing without them`);
const checks = findScenarioFiles(CALIBRATION_FOLDER).map(checkFile);
const peerChecks = existsSync(PEERS_FOLDER) ? findScenarioFiles(PEERS_FOLDER).map(checkFile) : [];
/** Hand-written notes on where the defaults differ from the peers', shown under the peer tables. */
const PEER_NOTES_PATH = 'docs/model/peer-differences.md';
const peerNotes = existsSync(PEER_NOTES_PATH) ? readFileSync(PEER_NOTES_PATH, 'utf8') : undefined;
const input = { checks, cases, casesProblem: problem, peerChecks, peerNotes };
const outputs: Array<[string, string]> = [
  [REPORT_PATH, renderValidationReport(input)],
  [AREA_ERRORS_PATH, `${JSON.stringify(areaErrorData(reportAreaErrors(input).rows), null, 2)}\n`],
];
// `--check` (used by npm test) fails when a committed output is not what the model now produces.
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  for (const [path] of outputs)
    console.log(
      stale.some(([stalePath]) => stalePath === path)
        ? `${path} is stale: run npm run validation and commit it`
        : `${path} is current`,
    );
  console.log(`${stale.length === 0 ? 1 : 0} passed, ${stale.length === 0 ? 0 : 1} failed`);
  process.exit(stale.length === 0 ? 0 : 1);
}
for (const [path, text] of outputs) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
for (const check of checks.filter((entry) => entry.status !== 'checked')) {
  console.log(`could not check ${check.file} (${check.status})`);
}
console.log(`validation: ${summaryLine(summarize(input))}`);
