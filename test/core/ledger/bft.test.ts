// A BFT committee over the configured network: message growth and finality in a few one-way delays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bftChain, bftDecisionS, bftDecisionShape } from '../../../src/core/ledger/bft';
import { defaultParams, setParams } from '../../../src/core/params/table';

const committee = (values: Record<string, number | string | boolean>) =>
  setParams(defaultParams(), { 'ledger.kind': 'bft', ...values });

describe('bftDecisionShape', () => {
  it('counts 2 n (n - 1) messages for PBFT and 7 (n - 1) for HotStuff', () => {
    expect(bftDecisionShape('pbft', 4).messagesPerDecisionCount).toBe(24);
    expect(bftDecisionShape('hotstuff', 4).messagesPerDecisionCount).toBe(21);
    expect(bftDecisionShape('pbft', 100).messagesPerDecisionCount).toBe(2 * 100 * 99);
  });

  it('grows quadratically for PBFT and linearly for HotStuff', () => {
    const pbftGrowth =
      bftDecisionShape('pbft', 2001).messagesPerDecisionCount /
      bftDecisionShape('pbft', 1001).messagesPerDecisionCount;
    const hotstuffGrowth =
      bftDecisionShape('hotstuff', 2001).messagesPerDecisionCount /
      bftDecisionShape('hotstuff', 1001).messagesPerDecisionCount;
    expect(pbftGrowth).toBeCloseTo(4, 2);
    expect(hotstuffGrowth).toBeCloseTo(2, 2);
  });
});

describe('bftDecisionS', () => {
  it('is 3 one-way delays for a small PBFT committee on a fast link', () => {
    const params = committee({
      'ledger.bftValidatorCount': 4,
      'network.rttMs': 100,
      'network.uploadMbps': 1e7,
      'network.downloadMbps': 1e7,
    });
    expect(bftDecisionS(params)).toBeCloseTo(3 * 0.05, 4);
  });

  it('rises with the round trip and with the committee size', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.integer({ min: 4, max: 5000 }),
        fc.constantFrom('pbft', 'hotstuff'),
        (rttMs, validators, protocol) => {
          const base = committee({
            'network.rttMs': rttMs,
            'ledger.bftValidatorCount': validators,
            'ledger.bftProtocol': protocol,
          });
          const slowerNetwork = committee({
            'network.rttMs': rttMs * 2,
            'ledger.bftValidatorCount': validators,
            'ledger.bftProtocol': protocol,
          });
          const biggerCommittee = committee({
            'network.rttMs': rttMs,
            'ledger.bftValidatorCount': validators * 2,
            'ledger.bftProtocol': protocol,
          });
          expect(bftDecisionS(slowerNetwork)).toBeGreaterThan(bftDecisionS(base));
          expect(bftDecisionS(biggerCommittee)).toBeGreaterThan(bftDecisionS(base));
        },
      ),
    );
  });

  it('finalises far sooner than Ethereum L1 on a continental network', () => {
    const chain = bftChain(committee({ 'ledger.bftValidatorCount': 100 }));
    expect(chain.finalityS).toBeLessThan(1);
    expect(chain.metrics.ledgerFaultTolerantValidatorCount).toBe(33);
  });
});

describe('committee size and throughput', () => {
  it('a larger committee never raises BFT throughput, for any protocol family', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('pbft', 'tendermint', 'hotstuff', 'dag', 'certified-dag'),
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.double({ min: 10, max: 1e5, noNaN: true }),
        (validators, extra, protocol, rttMs, mbps) => {
          const at = (count: number) => {
            const chain = bftChain(
              committee({
                'ledger.bftValidatorCount': Math.min(10_000, count),
                'ledger.bftProtocol': protocol,
                'network.rttMs': rttMs,
                'network.uploadMbps': mbps,
                'network.downloadMbps': mbps,
              }),
            );
            return chain.blockGasLimit / chain.blockTimeS;
          };
          expect(at(validators + extra)).toBeLessThanOrEqual(at(validators));
        },
      ),
    );
  });
  it('leader-based block times grow with the committee faster than DAG-based ones (dissemination is spread)', () => {
    const blockTime = (protocol: string, validators: number) =>
      bftChain(committee({ 'ledger.bftProtocol': protocol, 'ledger.bftValidatorCount': validators }))
        .blockTimeS;
    // Compared in seconds added: a DAG block is one round, so its base is far shorter than a leader's height.
    const hotstuffGrowthS = blockTime('hotstuff', 1000) - blockTime('hotstuff', 10);
    expect(blockTime('hotstuff', 1000) / blockTime('hotstuff', 10)).toBeGreaterThan(1.5);
    expect(blockTime('dag', 1000) - blockTime('dag', 10)).toBeLessThan(hotstuffGrowthS / 2);
  });
});
