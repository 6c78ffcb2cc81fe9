// A device without a confidential-computing mode refuses it, with an error naming the field, for every mode and
// any device; a device with the mode accepts it (so the rule can fail both ways).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL_MODES } from '../../../src/core/devices/confidentialModes';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';

const anyFlags = fc.record(
  Object.fromEntries(CONFIDENTIAL_MODES.map((mode) => [`hardware.${mode.flag}`, fc.boolean()])),
);

describe('TEE mode against the device catalogue flags', () => {
  it('refuses a mode the device does not support, naming tee.mode and the hardware flag', () => {
    fc.assert(
      fc.property(anyFlags, fc.constantFrom(...CONFIDENTIAL_MODES), (flags, mode) => {
        const params = setParams(defaultParams(), {
          ...flags,
          [`hardware.${mode.flag}`]: false,
          'privacy.technique': 'tee',
          'tee.mode': mode.id,
        });
        const errors = paramConstraintErrors(params).filter((error) => error.path === 'tee.mode');
        expect(errors).toHaveLength(1);
        expect(errors[0]?.message).toContain(`hardware.${mode.flag}`);
      }),
    );
  });

  it('accepts a mode the device supports', () => {
    fc.assert(
      fc.property(anyFlags, fc.constantFrom(...CONFIDENTIAL_MODES), (flags, mode) => {
        const params = setParams(defaultParams(), {
          ...flags,
          [`hardware.${mode.flag}`]: true,
          'privacy.technique': 'tee',
          'tee.mode': mode.id,
        });
        expect(paramConstraintErrors(params).filter((error) => error.path === 'tee.mode')).toEqual([]);
      }),
    );
  });
});
