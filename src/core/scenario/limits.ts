// The limits every edge (scenario and claim files, links, autosave, the CLI) enforces, so no input's size can
// make a step's cost grow without bound: document length, nesting, text lengths, rows and Monte Carlo work.
import type { FieldError } from '../params/constraints';

/** Longest scenario or claim text read, in characters (the bundled files are under 10,000). */
export const MAX_DOCUMENT_CHARS = 1_000_000;
/** Deepest nesting of lists and objects in a document (the schema needs fewer than 10 levels). */
export const MAX_NESTING_DEPTH = 32;
/** Longest id (scenario, variant, assertion), seed or metric name, in characters. */
export const MAX_NAME_CHARS = 128;
/** Longest label, title or other one-line text, in characters. */
export const MAX_LABEL_CHARS = 300;
/** Longest free text (descriptions, claims, notes), in characters. */
export const MAX_TEXT_CHARS = 10_000;
/** Most rows (variants x sweep points) one job may expand to. */
export const MAX_ROW_COUNT = 10_000;
/**
 * Most Monte Carlo steps one job may simulate: rows x runs x steps. The engine simulates about 1e7 steps per
 * second on one core (issue 16: one row of 1e9 steps took 116 s), so this bounds a job to a few seconds.
 */
export const MAX_MONTE_CARLO_STEPS_PER_JOB = 20_000_000;

/** Characters of a refused text echoed back in a message. */
const ECHO_CHARS = 40;

/** A text as a message shows it: quoted, and cut short (with its length) when long. */
export function showText(value: string): string {
  if (value.length <= ECHO_CHARS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, ECHO_CHARS))}... (${value.length} characters)`;
}

/** A field name or path as a message shows it: bare when short and plain, else quoted and cut short. */
export function showName(name: string): string {
  return /^[A-Za-z0-9_$.-]{1,80}$/.test(name) ? name : showText(name);
}

/**
 * Errors when a job's rows or Monte Carlo work exceed the limits; each says what to reduce. `path` names the
 * field the work comes from (for example "monteCarlo" or "sweep").
 */
export function workBudgetErrors(rowCount: number, runCount: number, stepCount: number): FieldError[] {
  if (rowCount > MAX_ROW_COUNT) {
    return [
      {
        path: 'sweep',
        message: `expands to ${rowCount} rows (variants x sweep points); at most ${MAX_ROW_COUNT} are allowed: use fewer variants or sweep values`,
      },
    ];
  }
  const steps = rowCount * runCount * stepCount;
  if (steps <= MAX_MONTE_CARLO_STEPS_PER_JOB) return [];
  return [
    {
      path: 'monteCarlo',
      message: `asks for ${rowCount} rows x ${runCount} runs x ${stepCount} steps = ${steps.toExponential(2)} Monte Carlo steps; at most ${MAX_MONTE_CARLO_STEPS_PER_JOB.toExponential(0)} per job: reduce monteCarlo.runCount, monteCarlo.stepCount or the rows`,
    },
  ];
}
