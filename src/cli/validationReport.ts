// Builds docs/validation.md from the `matches` assertions of the calibration scenarios: one table per area of
// the published cases with each figure's basis (prediction, fitted, input echo), the reason for each miss,
// the cases configured from presets with no comparable figure (a scenario's `notComparable` list; counted
// apart, never as passes), the cases no scenario covers yet, and files that failed.
// Pure: the script (scripts/validation-report.ts) does the reading and writing.
import { FITTED_CONSTANTS } from '../core/calibration/fittedConstants';
import type { MATCH_BASES } from '../core/scenario/assertionSchema';
import { formatNumber } from '../core/scenario/formatNumber';
import { describeTolerance } from '../core/scenario/tolerance';
import type { Assertion } from '../core/scenario/types';
import { areaErrorSection, fittedConstantsSection } from './areaErrorReport';
import { type AreaErrorRow, areaErrorRows, unmappedCaseIds } from './areaErrors';
import type { FileCheck } from './checkFile';
import { cell } from './markdownCell';
import { collectNotComparable, configuredOnlyCaseIds, notComparableSection } from './notComparableReport';
import { renderPeerSection } from './peerReport';

/** The fields of a published case the report uses. */
export interface PublishedCase {
  id: string;
  area: string;
  /** A citation: text, or (in published-cases-2.json) an object whose title is shown. */
  source?: string | { title?: string };
  /** Why no scenario covers the case yet (what is missing, or why the model has no such quantity). */
  uncoveredReason?: string;
}

/** The citation text of a case, if it has one. */
function sourceText(source: PublishedCase['source']): string | undefined {
  return typeof source === 'string' ? source : source?.title;
}

/** A figure's basis as the report shows it: the assertion's `basis`, or "unstated" when it has none. */
export type ReportBasis = (typeof MATCH_BASES)[number] | 'unstated';

/** The bases in the order the summary counts them. */
export const REPORT_BASES = [
  'prediction',
  'fitted',
  'input-echo',
  'unstated',
] as const satisfies readonly ReportBasis[];

/** Words for a count of passes with each basis, singular and plural. */
const BASIS_COUNT_WORDS: Record<ReportBasis, [string, string]> = {
  prediction: ['prediction', 'predictions'],
  fitted: ['fitted', 'fitted'],
  'input-echo': ['input echo', 'input echoes'],
  unstated: ['unstated', 'unstated'],
};

/** One `matches` assertion with its outcome. */
export interface ValidationEntry {
  caseId: string;
  label: string;
  metric: string;
  file: string;
  model?: number;
  published?: number;
  range?: [number, number];
  tolerance: string;
  passed: boolean;
  detail: string;
  missReason?: string;
  basis: ReportBasis;
  basisNote?: string;
}

/** Area heading for a case id the published-cases file does not list. */
export const UNKNOWN_AREA = 'unknown case id (not in the published-cases file)';

/** Every `matches` assertion of the checked files, in file and assertion order. */
export function collectEntries(checks: readonly FileCheck[]): ValidationEntry[] {
  return checks.flatMap((check) => {
    if (check.status !== 'checked') return [];
    return check.outcomes.flatMap((outcome) => {
      const assertion = check.scenario.expect?.[outcome.index] as Assertion | undefined;
      if (assertion?.type !== 'matches') return [];
      const range = 'range' in assertion.tolerance ? assertion.tolerance.range : undefined;
      return [
        {
          caseId: assertion.caseId,
          label: assertion.label,
          metric: assertion.dividedBy ? `${assertion.metric} (ratio of two rows)` : assertion.metric,
          file: check.file,
          model: outcome.values.model,
          published: assertion.published,
          range: range ? [range[0], range[1]] : undefined,
          tolerance: describeTolerance(assertion.tolerance),
          passed: outcome.passed,
          detail: outcome.detail,
          missReason: assertion.missReason,
          basis: assertion.basis ?? 'unstated',
          basisNote: assertion.basisNote,
        },
      ];
    });
  });
}

const basisText = (basis: ReportBasis) => BASIS_COUNT_WORDS[basis][0];
const number = (value: number | undefined) => (value === undefined ? '-' : formatNumber(value));

function publishedText(entry: ValidationEntry): string {
  if (entry.published !== undefined) return formatNumber(entry.published);
  return entry.range ? `${formatNumber(entry.range[0])} to ${formatNumber(entry.range[1])}` : '-';
}

function ratioText(entry: ValidationEntry): string {
  if (entry.model === undefined || entry.published === undefined) return '-';
  return formatNumber(entry.model / entry.published, 3);
}

/** Figures of one case that share a basis and a note, so the report states the note once. */
interface BasisNoteGroup {
  caseId: string;
  basis: ReportBasis;
  note: string;
  labels: string[];
}

function basisNotes(entries: readonly ValidationEntry[]): BasisNoteGroup[] {
  const groups = new Map<string, BasisNoteGroup>();
  for (const entry of entries) {
    if (entry.basisNote === undefined) continue;
    const key = JSON.stringify([entry.caseId, entry.basis, entry.basisNote]);
    const group = groups.get(key);
    if (group) group.labels.push(entry.label);
    else
      groups.set(key, {
        caseId: entry.caseId,
        basis: entry.basis,
        note: entry.basisNote,
        labels: [entry.label],
      });
  }
  return [...groups.values()];
}

function areaSection(area: string, entries: readonly ValidationEntry[]): string[] {
  const rows = entries.map(
    (entry) =>
      `| ${cell(entry.caseId)} | ${cell(entry.label)} | ${cell(entry.metric)} | ${basisText(entry.basis)} | ${number(entry.model)} | ${publishedText(entry)} | ${ratioText(entry)} | ${cell(entry.tolerance)} | ${entry.passed ? 'PASS' : '**FAIL**'} |`,
  );
  const misses = entries
    .filter((entry) => !entry.passed)
    .map(
      (entry) =>
        `- ${entry.caseId}, ${cell(entry.label)}: ${entry.missReason ?? `no reason documented (${cell(entry.detail)}; file ${entry.file})`}`,
    );
  const notes = basisNotes(entries).map(
    (group) =>
      `- ${group.caseId}, ${group.labels.map(cell).join('; ')} (${basisText(group.basis)}): ${cell(group.note)}`,
  );
  return [
    `## ${area}`,
    '',
    '| case | figure | metric | basis | model | published | model / published | tolerance | result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(notes.length > 0 ? ['What each basis rests on:', '', ...notes, ''] : []),
    ...(misses.length > 0 ? ['Why these miss:', '', ...misses, ''] : []),
  ];
}

/** What the report is made from. */
export interface ReportInput {
  checks: readonly FileCheck[];
  /** The published cases, or undefined when the file could not be read. */
  cases: readonly PublishedCase[] | undefined;
  /** Why the cases are missing, when they are. */
  casesProblem?: string;
  /** The outside-peer scenarios (scenarios/peers/), compared beside the predictions; none when absent. */
  peerChecks?: readonly FileCheck[];
  /** Notes on where the simulator's defaults differ from the peers' (docs/model/peer-differences.md). */
  peerNotes?: string;
}

/** The out-of-sample error of each area (docs/validation.md; areaErrors.json is made from it). */
export function reportAreaErrors(input: ReportInput): { rows: AreaErrorRow[]; unmapped: string[] } {
  const entries = collectEntries(input.checks);
  const caseAreas = new Map((input.cases ?? []).map((c) => [c.id, c.area]));
  return {
    rows: areaErrorRows(entries, collectEntries(input.peerChecks ?? []), caseAreas),
    unmapped: unmappedCaseIds(entries, caseAreas),
  };
}

/** Counts for the summary line. */
export interface ReportSummary {
  passed: number;
  /** Passes by the basis of the figure. */
  passedByBasis: Record<ReportBasis, number>;
  failed: number;
  /** Published cases compared with a model value by at least one `matches` assertion. */
  coveredCaseCount: number;
  /** Published cases configured from presets without a comparable figure (and compared nowhere). */
  configuredCaseCount: number;
  caseCount: number | undefined;
  brokenFileCount: number;
}

/** The summary counts of a report. */
export function summarize(input: ReportInput): ReportSummary {
  const entries = collectEntries(input.checks);
  const passedEntries = entries.filter((entry) => entry.passed);
  const passed = passedEntries.length;
  const passedByBasis: Record<ReportBasis, number> = {
    prediction: 0,
    fitted: 0,
    'input-echo': 0,
    unstated: 0,
  };
  for (const entry of passedEntries) passedByBasis[entry.basis] += 1;
  const covered = new Set(entries.map((entry) => entry.caseId));
  const configured = new Set(configuredOnlyCaseIds(collectNotComparable(input.checks), covered));
  const countKnown = (ids: ReadonlySet<string>) =>
    input.cases ? input.cases.filter((c) => ids.has(c.id)).length : ids.size;
  return {
    passed,
    passedByBasis,
    failed: entries.length - passed,
    coveredCaseCount: countKnown(covered),
    configuredCaseCount: countKnown(configured),
    caseCount: input.cases?.length,
    brokenFileCount: input.checks.filter((check) => check.status !== 'checked').length,
  };
}

/** One line of counts, for the report and for stdout. */
export function summaryLine(summary: ReportSummary): string {
  const configured = `${summary.configuredCaseCount} configured without a comparable figure`;
  const notCovered =
    summary.caseCount === undefined
      ? ''
      : `, ${summary.caseCount - summary.coveredCaseCount - summary.configuredCaseCount} not covered`;
  const cases =
    summary.caseCount === undefined
      ? `${summary.coveredCaseCount} cases compared, ${configured} (published cases file missing)`
      : `${summary.coveredCaseCount} of ${summary.caseCount} published cases compared, ${configured}${notCovered}`;
  const broken =
    summary.brokenFileCount > 0 ? `; ${summary.brokenFileCount} scenario file(s) could not be checked` : '';
  const byBasis = REPORT_BASES.filter((basis) => summary.passedByBasis[basis] > 0).map((basis) => {
    const count = summary.passedByBasis[basis];
    return `${count} ${BASIS_COUNT_WORDS[basis][count === 1 ? 0 : 1]}`;
  });
  const passed =
    byBasis.length > 0 ? `${summary.passed} passed (${byBasis.join(', ')})` : `${summary.passed} passed`;
  return `${passed}, ${summary.failed} failed; ${cases}${broken}`;
}

/** The Markdown text of docs/validation.md (deterministic: no dates, fixed order). */
export function renderValidationReport(input: ReportInput): string {
  const entries = collectEntries(input.checks);
  const areaOf = new Map((input.cases ?? []).map((c) => [c.id, c.area]));
  const caseOrder = new Map((input.cases ?? []).map((c, index) => [c.id, index]));
  const areas = [...new Set([...(input.cases ?? []).map((c) => c.area), UNKNOWN_AREA])];
  const sections = areas.flatMap((area) => {
    const inArea = entries
      .filter((entry) => (areaOf.get(entry.caseId) ?? UNKNOWN_AREA) === area)
      .sort((a, b) => (caseOrder.get(a.caseId) ?? Infinity) - (caseOrder.get(b.caseId) ?? Infinity));
    return inArea.length > 0 ? areaSection(area, inArea) : [];
  });
  const covered = new Set(entries.map((entry) => entry.caseId));
  const notComparable = collectNotComparable(input.checks);
  const configured = new Set(configuredOnlyCaseIds(notComparable, covered));
  const uncovered = (input.cases ?? []).filter((c) => !covered.has(c.id) && !configured.has(c.id));
  const headings = (input.cases ?? []).map((c) => ({ id: c.id, area: c.area, source: sourceText(c.source) }));
  const broken = [...input.checks, ...(input.peerChecks ?? [])].filter((check) => check.status !== 'checked');
  const areaErrors = reportAreaErrors(input);
  return [
    '# Validation against published figures',
    '',
    'Generated by `npm run validation` (scripts/validation-report.ts) from the `matches` assertions of the',
    'scenarios in scenarios/calibration/; do not edit by hand. "model / published" is the model value divided',
    'by the published one; the tolerance says how close it must be (docs/scenario-format.md).',
    '',
    'The "basis" column says what a pass is evidence of. A **prediction** is computed from inputs a user could',
    'type, with no model constant set from that figure. A **fitted** figure was used to choose one or more',
    'constants so that it comes out, and an **input echo** is itself a published constant the model takes as',
    "input (or the source's own arithmetic on such constants), so it only tests that the formula applies it;",
    'the notes under each table say which constants or inputs. Only predictions are independent evidence that',
    'the model is right; fitted figures and input echoes show it is consistent with what it was built from.',
    '"unstated" marks an assertion that does not say its basis.',
    '',
    `Summary: ${summaryLine(summarize(input))}.`,
    '',
    ...areaErrorSection(areaErrors.rows, areaErrors.unmapped),
    ...fittedConstantsSection(FITTED_CONSTANTS),
    ...sections,
    ...renderPeerSection(input.peerChecks ?? [], input.peerNotes),
    ...notComparableSection(notComparable, covered, input.cases === undefined ? undefined : headings),
    '## Published cases no scenario covers yet',
    '',
    ...(input.cases === undefined
      ? [`The published cases file could not be read (${input.casesProblem ?? 'unknown reason'}).`]
      : uncovered.length === 0
        ? ['None.']
        : uncovered.map((c) => {
            const source = sourceText(c.source);
            const reason = c.uncoveredReason ? `. Not covered: ${cell(c.uncoveredReason)}` : '';
            return `- ${c.id} (${c.area})${source ? `: ${cell(source)}` : ''}${reason}`;
          })),
    '',
    ...(broken.length > 0
      ? [
          '## Scenario files that could not be checked',
          '',
          ...broken.map((check) =>
            check.status === 'invalid'
              ? `- ${check.file}: ${check.errors.map((error) => cell(`${error.path}: ${error.message}`)).join('; ')}`
              : `- ${check.file}: the model failed while running: ${cell(check.status === 'crashed' ? check.message : '')}`,
          ),
          '',
        ]
      : []),
  ].join('\n');
}
