// The "Outside peers" section of docs/validation.md: every assertion of every scenario in scenarios/peers/
// with its outcome, then the notes on where the simulator's defaults differ from the peers' and why.
// Pure: the script reads the scenario results and the notes file and passes them in.
import type { FileCheck } from './checkFile';
import { cell } from './markdownCell';

/** The notes file without its own top-level title (the report gives it a heading of its own). */
const withoutTitle = (notes: string) => notes.replace(/^# [^\n]*\n+/, '').trim();

function verdict(passed: boolean, knownMiss: boolean): string {
  if (passed) return 'PASS';
  return knownMiss ? 'known miss' : '**FAIL**';
}

function fileSection(check: FileCheck): string[] {
  if (check.status !== 'checked') return [];
  const scenario = check.scenario;
  const passedCount = check.outcomes.filter((outcome) => outcome.passed).length;
  return [
    `### ${scenario.title}`,
    '',
    `${check.file}: ${passedCount} of ${check.outcomes.length} checks pass. ${scenario.description}`,
    '',
    '| check | numbers | result |',
    '| --- | --- | --- |',
    ...check.outcomes.map((outcome) => {
      const assertion = scenario.expect?.[outcome.index];
      const knownMiss = assertion?.type === 'matches' && assertion.missReason !== undefined;
      return `| ${cell(outcome.description)} | ${cell(outcome.detail)} | ${verdict(outcome.passed, knownMiss)} |`;
    }),
    '',
  ];
}

/** The outside-peer section: one table per peer scenario file, then the notes on differing defaults. */
export function renderPeerSection(peerChecks: readonly FileCheck[], notes: string | undefined): string[] {
  if (peerChecks.length === 0 && notes === undefined) return [];
  return [
    '## Outside peers',
    '',
    'Each scenario in scenarios/peers/ is configured to an independent model’s own assumptions',
    '(docs/published/peer-references.json) and checked against that peer’s figures within its stated tolerance.',
    '',
    ...peerChecks.flatMap(fileSection),
    ...(notes === undefined
      ? []
      : ['### Where the defaults differ from the peers’, and why', '', withoutTitle(notes), '']),
  ];
}
