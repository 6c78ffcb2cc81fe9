// Combinations the privacy techniques cannot run are rejected with messages that name the fields involved.
import { describe, expect, it } from 'vitest';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { PRIVACY_TECHNIQUES } from '../../../src/core/privacy/params';

const errorsFor = (values: Record<string, number | string | boolean>) =>
  paramConstraintErrors(setParams(defaultParams(), values));

describe('privacy constraints', () => {
  it('accept every technique on a job it fits', () => {
    for (const technique of PRIVACY_TECHNIQUES) {
      expect(errorsFor({ 'privacy.technique': technique }), technique).toEqual([]);
    }
  });

  it('reject TEE on hardware without confidential computing, naming both fields', () => {
    const [error] = errorsFor({ 'privacy.technique': 'tee', 'hardware.supportsH100Cc': false });
    expect(error?.path).toBe('privacy.technique');
    expect(error?.message).toContain('hardware.supportsH100Cc');
    expect(error?.message).toContain("'tee'");
  });

  it('reject DP-SGD, as technique or on top, for inference', () => {
    const asTechnique = errorsFor({
      'privacy.technique': 'differential-privacy',
      'workload.kind': 'inference',
    });
    expect(asTechnique.map((error) => error.path)).toEqual(['privacy.technique']);
    expect(asTechnique[0]?.message).toContain('workload.kind');
    const onTop = errorsFor({
      'privacy.technique': 'mpc',
      'privacy.addDifferentialPrivacy': true,
      'workload.kind': 'inference',
    });
    expect(onTop.map((error) => error.path)).toEqual(['privacy.addDifferentialPrivacy']);
  });

  it('accept DP on top of federated, TEE and MPC training', () => {
    for (const technique of ['federated', 'tee', 'mpc']) {
      expect(errorsFor({ 'privacy.technique': technique, 'privacy.addDifferentialPrivacy': true })).toEqual(
        [],
      );
    }
  });

  it('reject federated learning for inference and with pipeline training', () => {
    expect(
      errorsFor({ 'privacy.technique': 'federated', 'workload.kind': 'inference' })[0]?.message,
    ).toContain('workload.kind');
    expect(
      errorsFor({ 'privacy.technique': 'federated', 'training.strategy': 'pipeline' })[0]?.message,
    ).toContain('training.strategy');
  });

  it('reject an MPC threshold above the party count and more parties than nodes', () => {
    const threshold = errorsFor({
      'privacy.technique': 'mpc',
      'mpc.partyCount': 3,
      'mpc.collusionThresholdCount': 4,
    });
    expect(threshold[0]?.path).toBe('mpc.collusionThresholdCount');
    expect(threshold[0]?.message).toContain('mpc.partyCount');
    const parties = errorsFor({ 'privacy.technique': 'mpc', 'mpc.partyCount': 20, 'network.nodeCount': 5 });
    expect(parties[0]?.path).toBe('mpc.partyCount');
    expect(parties[0]?.message).toContain('network.nodeCount');
  });

  it('ignore technique groups that are not selected', () => {
    expect(errorsFor({ 'mpc.partyCount': 20, 'network.nodeCount': 5 })).toEqual([]);
  });
});
