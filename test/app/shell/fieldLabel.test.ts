// A refused field is named by its label; a link key of a Compare configuration also says which one.
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../src/app/shell/FieldErrorList';

describe('field label', () => {
  it('names the parameter, and the configuration of a Compare key', () => {
    const plain = fieldLabel('network.rttMs');
    expect(plain).toMatch(/Round-trip time/);
    expect(fieldLabel('variants[1].params.network.rttMs')).toBe(plain);
    expect(fieldLabel('C:network.rttMs')).toBe(`${plain} of configuration C`);
    expect(fieldLabel('B:network.rttMs')).toBe(`${plain} of configuration B`);
    expect(fieldLabel('kept')).toBeNull();
    expect(fieldLabel('network.nowhere')).toBeNull();
  });
});
