// The example claims in scenarios/claims/ are real public statements: each must parse, cite its source and run.
// The two whose verdicts have wide margins are pinned: Petals' one-second BLOOM step is well within the model
// (about 0.3 s), and 80 tokens/s for a fully FHE-encrypted Llama 3 is thousands of times beyond it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/core/claims/check';
import { parseClaimText } from '../../../src/core/claims/parse';
import type { Claim } from '../../../src/core/claims/types';

const FOLDER = 'scenarios/claims';
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .sort();

function load(name: string): Claim {
  const outcome = parseClaimText(readFileSync(`${FOLDER}/${name}`, 'utf8'));
  if (!outcome.ok)
    throw new Error(outcome.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return outcome.claim;
}

describe('example claims', () => {
  it('there are at least eight, with unique ids matching their file names', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.map((name) => load(name).id)).toEqual(files.map((name) => name.replace(/\.json$/, '')));
  });

  it.each(files)('%s parses, cites a dated source and runs', (name) => {
    const claim = load(name);
    expect(claim.source.statement.length).toBeGreaterThan(40);
    expect(claim.source.date).toMatch(/^\d{4}-\d{2}/);
    const report = checkClaim(claim, { runCount: 20 });
    expect(report.supportProbabilityFraction).toBeGreaterThanOrEqual(0);
    expect(report.supportProbabilityFraction).toBeLessThanOrEqual(1);
    expect(report.nearestCases.length).toBeGreaterThan(0);
  });

  it('Petals’ one-second BLOOM-176B step over the Internet is plausible', () => {
    expect(checkClaim(load('petals-bloom-interactive.json'), { runCount: 100 }).verdict).toBe('plausible');
  });

  it('80 tokens/s for a fully FHE-encrypted Llama 3 on a desktop CPU is implausible', () => {
    const report = checkClaim(load('fhe-llama3-80-tokens-per-second.json'), { runCount: 100 });
    expect(report.verdict).toBe('implausible');
    expect(report.implied.find((entry) => entry.id === 'privacy-slowdown')?.impliedValue).toBeLessThan(1e3);
  });
});
