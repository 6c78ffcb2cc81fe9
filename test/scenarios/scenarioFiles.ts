// Helpers for the scenario tests: the scenario files on disk (found as `sim check` finds them, so claim files
// and the JSON Schema are skipped), loaded and validated, and the folders that hold the article's claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findScenarioFiles } from '../../src/cli/findScenarioFiles';
import { parseScenarioText } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';

/** Root of the scenario files, relative to the repository root (where vitest runs). */
export const SCENARIO_ROOT = 'scenarios';
/** Folders whose scenarios state the article's claims, the matrix cells and the case studies. */
export const CLAIM_FOLDERS = ['matrix', 'article', 'workshop'] as const;

/** Every scenario file under scenarios/, sorted. */
export function allScenarioFiles(): string[] {
  return findScenarioFiles(SCENARIO_ROOT);
}

/** The scenario files of the claim folders. */
export function claimScenarioFiles(): string[] {
  return CLAIM_FOLDERS.flatMap((folder) => findScenarioFiles(join(SCENARIO_ROOT, folder)));
}

/** Loads and validates a scenario file; throws with every field error if it is invalid. */
export function loadScenario(file: string): Scenario {
  const outcome = parseScenarioText(readFileSync(file, 'utf8'));
  if (!outcome.ok) {
    const problems = outcome.errors.map((error) => `${error.path}: ${error.message}`).join('\n');
    throw new Error(`${file} is invalid:\n${problems}`);
  }
  return outcome.scenario;
}
