// The ledger registry wired into the engine: every kind reports its figures, `none` adds nothing, and a job
// that needs more than the chain offers is slowed to the chain's pace.
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { LEDGER_CHAINS, ledgerEffect } from '../../../src/core/ledger/registry';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';

describe('ledgerEffect', () => {
  it('adds no time and no fees without a ledger', () => {
    const result = evaluatePoint(setParams(defaultParams(), { 'ledger.kind': 'none' }));
    expect(result.metrics.stepLedgerS).toBe(0);
    expect(result.metrics.ledgerCostPerStepUsd).toBe(0);
  });

  it.each(Object.keys(LEDGER_CHAINS))('reports capacity, finality and a name for %s', (kind) => {
    const params = applyPreset(defaultParams(), 'ledger', kind);
    const result = evaluatePoint(params);
    expect(result.metrics.ledgerCapacityOpsPerS).toBeGreaterThan(0);
    expect(result.metrics.ledgerFinalityS).toBeGreaterThan(0);
    expect(result.labels.ledger).toBeTruthy();
    expect(result.labels.ledgerTrustAssumption).toBeTruthy();
  });

  it('orders finality: BFT committee and fast L1 in seconds, Ethereum L1 in minutes, rollup after L1', () => {
    const finality = (kind: string) =>
      evaluatePoint(applyPreset(defaultParams(), 'ledger', kind)).metrics.ledgerFinalityS ?? Number.NaN;
    expect(finality('fast-l1')).toBeLessThan(finality('ethereum-l1'));
    expect(finality('bft')).toBeLessThan(finality('ethereum-l1'));
    expect(finality('rollup')).toBeGreaterThan(finality('ethereum-l1'));
  });

  it('raises the step time to what the chain allows when every node commits every step', () => {
    // A million commitments per step on a chain of 142.8 transfers/s cannot settle faster than 7,000 s per step,
    // far above the step time of the job itself.
    let params = applyPreset(defaultParams(), 'ledger', 'ethereum-l1');
    params = setParams(params, {
      'workload.kind': 'training',
      'training.strategy': 'data-parallel',
      'ledger.operationsPerSettlementCount': 1_000_000,
    });
    const result = evaluatePoint(params);
    const capacity = result.metrics.ledgerCapacityOpsPerS ?? Number.NaN;
    expect(result.metrics.stepTimeS).toBeCloseTo(1_000_000 / capacity, 6);
    expect(result.metrics.stepLedgerS).toBeGreaterThan(0);
  });

  it('blocks each settlement for finality when asked, amortised over the steps between settlements', () => {
    const base = setParams(applyPreset(defaultParams(), 'ledger', 'ethereum-l1'), {
      'ledger.waitForFinality': true,
      'ledger.stepsPerSettlementCount': 10,
    });
    const context = { params: base, workload: { synchronizedNodeCount: 1 } } as Parameters<
      typeof ledgerEffect
    >[0];
    const seconds = ledgerEffect(context, 1).terms.reduce((sum, term) => sum + term.seconds, 0);
    expect(seconds).toBeCloseTo((12 / 2 + 768) / 10, 9);
  });
});
