// The section of docs/validation.md for published cases a calibration scenario configures from presets and
// runs, but whose figure has no comparable model quantity (a scenario's `notComparable` list): the scenario
// file, what the model computes for the setting and the reason. They are never passes or predictions and stay
// out of the error tables; a case also compared by a `matches` assertion counts as compared.
import { formatNumber } from '../core/scenario/formatNumber';
import type { ComputedValue } from '../core/scenario/notComparable';
import type { FileCheck } from './checkFile';
import { cell } from './markdownCell';

/** One not-comparable entry with the file that configures it. */
export interface NotComparableEntry {
  caseId: string;
  file: string;
  reason: string;
  computed: ComputedValue[];
}

/** The fields of a published case this section shows. */
interface CaseHeading {
  id: string;
  area: string;
  source?: string;
}

/** Every `notComparable` entry of the checked files, in file order. */
export function collectNotComparable(checks: readonly FileCheck[]): NotComparableEntry[] {
  return checks.flatMap((check) =>
    check.status === 'checked'
      ? (check.notComparable ?? []).map((entry) => ({ ...entry, file: check.file }))
      : [],
  );
}

/** Case ids configured without a comparable figure and not compared anywhere, in first-listed order. */
export function configuredOnlyCaseIds(
  entries: readonly NotComparableEntry[],
  compared: ReadonlySet<string>,
): string[] {
  return [...new Set(entries.map((entry) => entry.caseId))].filter((id) => !compared.has(id));
}

function computedText(shown: ComputedValue): string {
  const value =
    shown.value === undefined ? `no value (${shown.problem ?? 'unknown'})` : formatNumber(shown.value);
  const infeasible = shown.infeasibleReason ? `, infeasible: ${shown.infeasibleReason}` : '';
  const metric = shown.isRatio ? `${shown.metric}, ratio of two rows` : shown.metric;
  return `${shown.label}: ${value} (${metric}${infeasible})`;
}

/** The Markdown section; empty when no case is configured without a comparable figure. */
export function notComparableSection(
  entries: readonly NotComparableEntry[],
  compared: ReadonlySet<string>,
  cases: readonly CaseHeading[] | undefined,
): string[] {
  const ids = configuredOnlyCaseIds(entries, compared);
  if (ids.length === 0) return [];
  const caseOf = new Map((cases ?? []).map((c) => [c.id, c]));
  const order = new Map((cases ?? []).map((c, index) => [c.id, index]));
  const sorted = [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const lines = sorted.flatMap((id) => {
    const heading = caseOf.get(id);
    const title = heading
      ? `${id} (${heading.area})${heading.source ? `: ${cell(heading.source)}` : ''}`
      : `${id} (not in the published-cases file)`;
    return entries
      .filter((entry) => entry.caseId === id)
      .flatMap((entry) => [
        `- ${title}`,
        `  - Scenario: ${entry.file}`,
        '  - The model computes:',
        ...entry.computed.map((shown) => `    - ${cell(computedText(shown))}`),
        `  - Not comparable: ${cell(entry.reason)}`,
      ]);
  });
  return [
    '## Cases configured from presets with no comparable figure',
    '',
    'These scenarios configure the published setting from catalogue presets and run the model, but the',
    'published figure has no model quantity to compare with, for the reason given. They are neither passes nor',
    'predictions, and they are not in the error tables.',
    '',
    ...lines,
    '',
  ];
}
