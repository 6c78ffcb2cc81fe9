// The claim form writes an ordinary claim file: the core's parser accepts it, the value is converted from the
// unit it was typed in, the setup is the configuration's changed parameters, and a missing value is named.
import { describe, expect, it } from 'vitest';
import {
  claimFormDocument,
  claimFormText,
  initialClaimForm,
  looksLikeSentence,
  valueUnits,
} from '../../../src/app/claims/claimFormFile';
import { parseClaimText } from '../../../src/core/claims/index';
import { defaultParams, setParam } from '../../../src/core/params/table';

const setup = setParam(defaultParams(), 'network.nodeCount', 8);

describe('claim form', () => {
  it('writes a claim file the parser accepts, with the value in the metric’s unit', () => {
    const fields = {
      ...initialClaimForm(setup),
      metric: 'computeTimeFraction',
      direction: 'at-least' as const,
      valueText: '90',
      unitId: 'percent',
    };
    const written = claimFormDocument(fields, 'Compute share of step', 'fraction');
    if (!written.ok) throw new Error(JSON.stringify(written.problems));
    const parsed = parseClaimText(claimFormText(written.document));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.claim.claim).toEqual({ metric: 'computeTimeFraction', direction: 'at-least', value: 0.9 });
    expect(parsed.claim.params).toEqual({ 'network.nodeCount': 8 });
    expect(parsed.claim.title).toBe('Compute share of step at least 90%');
  });

  it('converts days to seconds and keeps an about claim’s tolerance', () => {
    const fields = {
      ...initialClaimForm(setup),
      metric: 'timeToFinishS',
      direction: 'about' as const,
      valueText: '2',
      unitId: 'days',
      tolerancePercentText: '25',
    };
    const written = claimFormDocument(fields, 'Time to finish', 's');
    if (!written.ok) throw new Error('not written');
    expect(written.document.claim).toEqual({
      metric: 'timeToFinishS',
      direction: 'about',
      value: 172_800,
      toleranceFraction: 0.25,
    });
  });

  it('names the value field when it is not a number', () => {
    const written = claimFormDocument(
      { ...initialClaimForm(setup), valueText: 'fast' },
      'Throughput',
      'tokens/s',
    );
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.problems.map((problem) => problem.field)).toEqual(['Claimed value']);
  });

  it('offers percent first for fractions and the metric’s own unit otherwise', () => {
    expect(valueUnits('fraction')[0]?.label).toBe('%');
    expect(valueUnits('tokens/s').map((unit) => unit.label)).toEqual(['tokens/s']);
  });

  it('tells a sentence from a claim file', () => {
    expect(looksLikeSentence('Our network trains at 90% utilisation')).toBe(true);
    expect(looksLikeSentence('  {"schemaVersion": 1}')).toBe(false);
    expect(looksLikeSentence('')).toBe(false);
  });
});
