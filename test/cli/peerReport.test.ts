// The outside-peer section of docs/validation.md: one table per peer scenario, known misses named, notes kept.
import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../src/cli/checkFile';
import { renderPeerSection } from '../../src/cli/peerReport';
import type { Scenario } from '../../src/core/scenario/types';

const scenario = {
  schemaVersion: 1,
  id: 'peer-x',
  title: 'Peer X',
  description: 'Configured to the peer.',
  claim: { text: 'c', source: 's' },
  seed: 's',
  params: {},
  expect: [
    {
      type: 'matches',
      caseId: 'x',
      label: 'step',
      metric: 'stepTimeS',
      where: {},
      published: 1,
      tolerance: { relative: 0.1 },
      missReason: 'known cause',
    },
    { type: 'threshold', metric: 'stepTimeS', where: {}, max: 2 },
  ],
} as unknown as Scenario;
const check: FileCheck = {
  file: 'scenarios/peers/x.json',
  status: 'checked',
  scenario,
  outcomes: [
    { index: 0, type: 'matches', description: 'step', passed: false, detail: 'model 2', values: {} },
    { index: 1, type: 'threshold', description: 'under 2', passed: true, detail: 'value 1', values: {} },
  ],
};

describe('renderPeerSection', () => {
  it('lists every check with its verdict and keeps the notes without their title', () => {
    const text = renderPeerSection([check], '# Title\n\nWhy the defaults differ.\n').join('\n');
    expect(text).toContain('### Peer X');
    expect(text).toContain('1 of 2 checks pass');
    expect(text).toContain('| step | model 2 | known miss |');
    expect(text).toContain('| under 2 | value 1 | PASS |');
    expect(text).toContain('Why the defaults differ.');
    expect(text).not.toContain('# Title');
  });
  it('is empty without peers or notes', () => {
    expect(renderPeerSection([], undefined)).toEqual([]);
  });
});
