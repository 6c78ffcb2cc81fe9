// The claim form's quick fields read from and write into the claim file's JSON, leaving the rest as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDraftFields, writeDraftFields } from '../../../src/app/claims/claimDraft';
import { parseClaimText } from '../../../src/core/claims/index';

const text = readFileSync('scenarios/claims/petals-bloom-interactive.json', 'utf8');

describe('claim draft fields', () => {
  it('reads the claimed value, direction, draws and seed', () => {
    expect(readDraftFields(text)).toEqual({
      value: '1',
      direction: 'at-most',
      runCount: '400',
      seed: 'petals-bloom',
    });
    expect(readDraftFields('{ not json')).toBeNull();
    expect(readDraftFields('[1, 2]')).toBeNull();
  });

  it('writes the fields back as a valid claim that differs only there', () => {
    const fields = readDraftFields(text);
    if (!fields) throw new Error('unreadable');
    const written = writeDraftFields(text, { ...fields, value: '0.25', runCount: '50', seed: 'other' });
    if (written === null) throw new Error('not written');
    const before = parseClaimText(text);
    const after = parseClaimText(written);
    if (!before.ok || !after.ok) throw new Error('invalid claim');
    expect(after.claim.claim.value).toBe(0.25);
    expect(after.claim.monteCarlo?.runCount).toBe(50);
    expect(after.claim.seed).toBe('other');
    expect({
      ...after.claim,
      claim: before.claim.claim,
      monteCarlo: before.claim.monteCarlo,
      seed: before.claim.seed,
    }).toEqual(before.claim);
  });

  it('keeps a typed value that is not a number as text, for the parser to refuse', () => {
    const fields = readDraftFields(text);
    if (!fields) throw new Error('unreadable');
    const written = writeDraftFields(text, { ...fields, value: 'fast' }) ?? '';
    const parsed = parseClaimText(written);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.path)).toContain('claim.value');
  });
});
