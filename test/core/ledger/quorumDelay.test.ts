// The delay a BFT validator waits for a quorum: the quorum-th nearest validator, over one link or over regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bftChain } from '../../../src/core/ledger/bft';
import { quorumCount, quorumOneWayDelayS, validatorRegionShares } from '../../../src/core/ledger/quorumDelay';
import { defaultParams, setParams } from '../../../src/core/params/table';

const committee = (values: Record<string, number | string | boolean>) =>
  setParams(defaultParams(), { 'ledger.kind': 'bft', ...values });

const SHARE_KEYS = [
  'ledger.bftShareUsWestCount',
  'ledger.bftShareUsEastCount',
  'ledger.bftShareSouthAmericaCount',
  'ledger.bftShareEuWestCount',
  'ledger.bftShareIndiaCount',
  'ledger.bftShareAsiaEastCount',
  'ledger.bftShareAustraliaCount',
] as const;

describe('quorumCount', () => {
  it('is n - f with f = floor((n - 1) / 3)', () => {
    expect(quorumCount(4)).toBe(3);
    expect(quorumCount(10)).toBe(7);
    expect(quorumCount(175)).toBe(117);
  });
});

describe('quorumOneWayDelayS', () => {
  it('is half the round trip when every pair shares one link', () => {
    expect(quorumOneWayDelayS(committee({ 'network.rttMs': 150 }))).toBeCloseTo(0.075, 12);
  });

  it('waits for the quorum-th nearest validator, not the mean pair', () => {
    // 4 validators, 2 in US East and 2 in Europe West (90 ms apart): a quorum of 3 needs one across the ocean.
    const twoRegions = committee({
      'ledger.bftPlacement': 'regions',
      'ledger.bftValidatorCount': 4,
      'ledger.bftShareUsEastCount': 1,
      'ledger.bftShareEuWestCount': 1,
      'network.rttMs': 1,
    });
    expect(validatorRegionShares(twoRegions)).toEqual([
      { region: 'us-east', validatorCount: 2 },
      { region: 'eu-west', validatorCount: 2 },
    ]);
    expect(quorumOneWayDelayS(twoRegions)).toBeCloseTo(0.045, 12);
    // 7 validators, 5 in US East: a quorum of 5 is found at home, so the ocean does not count.
    const mostlyHome = committee({
      'ledger.bftPlacement': 'regions',
      'ledger.bftValidatorCount': 7,
      'ledger.bftShareUsEastCount': 5,
      'ledger.bftShareEuWestCount': 2,
      'network.rttMs': 1,
    });
    expect(quorumOneWayDelayS(mostlyHome)).toBeCloseTo((5 * 0.0005 + 2 * 0.045) / 7, 12);
  });

  it('refuses a regions placement with no region share, naming the field', () => {
    expect(() => quorumOneWayDelayS(committee({ 'ledger.bftPlacement': 'regions' }))).toThrow(
      /ledger\.bftShare<Region>Count/,
    );
  });

  it('splits the whole committee over the shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 20 }), {
          minLength: SHARE_KEYS.length,
          maxLength: SHARE_KEYS.length,
        }),
        (validators, shares) => {
          fc.pre(shares.some((share) => share > 0));
          const params = committee({
            'ledger.bftPlacement': 'regions',
            'ledger.bftValidatorCount': validators,
            ...Object.fromEntries(SHARE_KEYS.map((key, index) => [key, shares[index] ?? 0])),
          });
          const placed = validatorRegionShares(params).reduce((sum, share) => sum + share.validatorCount, 0);
          expect(placed).toBe(validators);
        },
      ),
    );
  });
});

describe('finality and the one-way delay', () => {
  it('never falls when the round trip rises, for every protocol and placement', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.integer({ min: 4, max: 400 }),
        fc.constantFrom('pbft', 'tendermint', 'hotstuff', 'dag', 'certified-dag'),
        fc.constantFrom('one-link', 'regions'),
        fc.array(fc.integer({ min: 0, max: 5 }), {
          minLength: SHARE_KEYS.length,
          maxLength: SHARE_KEYS.length,
        }),
        (rttMs, factor, validators, protocol, placement, shares) => {
          fc.pre(placement === 'one-link' || shares.some((share) => share > 0));
          const at = (roundTripMs: number) =>
            bftChain(
              committee({
                'network.rttMs': roundTripMs,
                'ledger.bftValidatorCount': validators,
                'ledger.bftProtocol': protocol,
                'ledger.bftPlacement': placement,
                ...Object.fromEntries(SHARE_KEYS.map((key, index) => [key, shares[index] ?? 0])),
              }),
            );
          const near = at(rttMs);
          const far = at(rttMs * factor);
          expect(far.finalityS).toBeGreaterThanOrEqual(near.finalityS);
          expect(far.blockTimeS).toBeGreaterThanOrEqual(near.blockTimeS);
        },
      ),
    );
  });

  it('certifies each block first on a certified DAG: three delays a round, 10.5 to commit end to end', () => {
    const at = (protocol: string) =>
      bftChain(
        committee({
          'ledger.bftProtocol': protocol,
          'ledger.bftValidatorCount': 4,
          'network.rttMs': 100,
          'network.uploadMbps': 1e7,
          'network.downloadMbps': 1e7,
        }),
      );
    const certified = at('certified-dag');
    // One-way delay 0.05 s: a round of 3 delays, 9 delays to commit, half a round of queueing on top.
    expect(certified.blockTimeS).toBeCloseTo(3 * 0.05, 2);
    expect(certified.finalityS).toBeCloseTo(9 * 0.05, 2);
    expect(certified.blockTimeS / 2 + certified.finalityS).toBeCloseTo(10.5 * 0.05, 2);
    expect(certified.finalityS).toBeGreaterThan(at('dag').finalityS);
  });

  it('waits the configured commit timeout between Tendermint heights, and only there', () => {
    const blockTime = (protocol: string, timeoutS: number) =>
      bftChain(committee({ 'ledger.bftProtocol': protocol, 'ledger.bftCommitTimeoutS': timeoutS }))
        .blockTimeS;
    expect(blockTime('tendermint', 5) - blockTime('tendermint', 1)).toBeCloseTo(4, 9);
    expect(blockTime('hotstuff', 5)).toBe(blockTime('hotstuff', 1));
  });

  it('adds a DAG round every quorum delay while a block takes three to commit', () => {
    const dag = bftChain(committee({ 'ledger.bftProtocol': 'dag', 'network.rttMs': 150 }));
    expect(dag.blockTimeS).toBeLessThan(dag.finalityS / 2);
    expect(dag.blockTimeS).toBeGreaterThan(0.075);
  });
});
