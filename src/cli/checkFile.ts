// Loads, runs and checks one scenario file, catching every way it can go wrong, for `check` and the
// validation report.
import type { FieldError } from '../core/params/constraints';
import { type AssertionOutcome, checkScenario } from '../core/scenario/check';
import { type NotComparableOutcome, readNotComparable } from '../core/scenario/notComparable';
import { runScenario } from '../core/scenario/run';
import type { Scenario } from '../core/scenario/types';
import { loadScenarioFile } from './load';

/** What checking one file found. */
export type FileCheck =
  | { file: string; status: 'invalid'; errors: FieldError[] }
  | { file: string; status: 'crashed'; scenario: Scenario; message: string }
  | {
      file: string;
      status: 'checked';
      scenario: Scenario;
      outcomes: AssertionOutcome[];
      /** Cases the scenario configures without a comparable figure, with the model's values (none when absent). */
      notComparable?: NotComparableOutcome[];
    };

/** Loads, runs and checks a file; never throws for a bad file or a failing model. */
export function checkFile(file: string): FileCheck {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) return { file, status: 'invalid', errors: loaded.errors };
  const { scenario } = loaded;
  try {
    const result = runScenario(scenario);
    const outcomes = checkScenario(scenario, result);
    return {
      file,
      status: 'checked',
      scenario,
      outcomes,
      notComparable: readNotComparable(scenario, result),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, status: 'crashed', scenario, message };
  }
}
