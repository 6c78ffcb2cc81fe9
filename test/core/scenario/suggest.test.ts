import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from '../../../src/core/scenario/suggest';

describe('name suggestions', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the full path for a bare parameter name', () => {
    expect(closestName('rttMs', ['network.rttMs', 'network.uploadMbps'])).toBe('network.rttMs');
  });

  it('suggests a close spelling and nothing for a distant one', () => {
    expect(closestName('network.rtMs', ['network.rttMs', 'model.layerCount'])).toBe('network.rttMs');
    expect(didYouMean('completely.different', ['network.rttMs'])).toBe('');
  });
});

describe('prefix suggestions', () => {
  it('suggests the longest known name the typed name starts with', () => {
    expect(closestName('stepTimeSeconds', ['stepTimeS', 'step', 'throughputTokensPerS'])).toBe('stepTimeS');
  });
});
