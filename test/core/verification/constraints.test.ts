// Combinations the verification techniques cannot run are rejected with messages that name the fields.
import { describe, expect, it } from 'vitest';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { VERIFICATION_TECHNIQUES } from '../../../src/core/verification/params';

const errorsFor = (values: Record<string, number | string | boolean>) =>
  paramConstraintErrors(setParams(defaultParams(), values));

describe('verification constraints', () => {
  it('accept every technique on a job it fits', () => {
    for (const technique of VERIFICATION_TECHNIQUES) {
      const kind = technique === 'hash-commitment' ? 'inference' : 'training';
      expect(errorsFor({ 'verification.technique': technique, 'workload.kind': kind }), technique).toEqual(
        [],
      );
    }
  });

  it('reject TEE attestation without confidential computing', () => {
    const [error] = errorsFor({
      'verification.technique': 'tee-attestation',
      'hardware.supportsH100Cc': false,
    });
    expect(error?.path).toBe('verification.technique');
    expect(error?.message).toContain('hardware.supportsH100Cc');
  });

  it('reject more replicas than nodes', () => {
    const [error] = errorsFor({
      'verification.technique': 'redundant-execution',
      'replication.replicaCount': 5,
      'network.nodeCount': 3,
    });
    expect(error?.path).toBe('replication.replicaCount');
    expect(error?.message).toContain('network.nodeCount');
  });

  it('reject TOPLOC commitments on a training job', () => {
    const [error] = errorsFor({ 'verification.technique': 'hash-commitment', 'workload.kind': 'training' });
    expect(error?.message).toContain('workload.kind');
  });
});
