// The shared settlement arithmetic: capacity, the block-space cap, amortised finality and fees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerChain } from '../../../src/core/ledger/chain';
import {
  capacityOpsPerS,
  costPerOperationUsd,
  settlementEffect,
  settlementFinalityWaitS,
} from '../../../src/core/ledger/settlement';
import { defaultParams } from '../../../src/core/params/table';

const chain: LedgerChain = {
  label: 'test chain',
  blockTimeS: 10,
  blockGasLimit: 1_000_000,
  finalityS: 100,
  trustAssumption: 'test',
  metrics: {},
};
const baseLedger = defaultParams().ledger;
const ledgerSeconds = (effect: ReturnType<typeof settlementEffect>) =>
  effect.terms.reduce((sum, term) => sum + term.seconds, 0);

describe('capacity and fees', () => {
  it('counts whole operations per block', () => {
    expect(capacityOpsPerS(chain, 300_000)).toBeCloseTo(3 / 10, 12);
    expect(capacityOpsPerS(chain, 2_000_000)).toBe(0);
  });

  it('prices an operation as gas x gwei x 1e-9 x token price', () => {
    expect(costPerOperationUsd(21_000, 10, 3000)).toBeCloseTo(0.63, 12);
  });

  it('waits half a block and then finality per settlement', () => {
    expect(settlementFinalityWaitS(chain)).toBe(105);
  });
});

describe('settlementEffect', () => {
  it('adds nothing to the step while the job needs less than the chain offers and does not wait', () => {
    const effect = settlementEffect(chain, { ...baseLedger, gasPerOperation: 100_000 }, 1);
    expect(ledgerSeconds(effect)).toBe(0);
    expect(effect.metrics.ledgerRequiredOpsPerS).toBe(1);
    expect(effect.metrics.ledgerAchievedOpsPerS).toBe(1);
  });

  it('stretches the step to what the chain allows when the job needs more', () => {
    // 10 operations of 100k gas per 1-second step need 10/s; the chain includes 10 per 10-second block, 1/s.
    const ledger = { ...baseLedger, gasPerOperation: 100_000, operationsPerSettlementCount: 10 };
    const effect = settlementEffect(chain, ledger, 1);
    expect(1 + ledgerSeconds(effect)).toBeCloseTo(10, 12);
    expect(effect.metrics.ledgerAchievedOpsPerS).toBeCloseTo(1, 12);
    expect(effect.metrics.ledgerBlockSpaceUsedFraction).toBeCloseTo(1, 12);
  });

  it('amortises the finality wait over the steps between settlements', () => {
    const ledger = {
      ...baseLedger,
      gasPerOperation: 100_000,
      waitForFinality: true,
      stepsPerSettlementCount: 5,
    };
    expect(ledgerSeconds(settlementEffect(chain, ledger, 1))).toBeCloseTo(105 / 5, 12);
  });

  it('never lets the job submit more than its share of the chain, and charges every operation', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        fc.integer({ min: 21_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.boolean(),
        (stepS, gas, operations, steps, share, wait) => {
          const ledger = {
            ...baseLedger,
            gasPerOperation: gas,
            operationsPerSettlementCount: operations,
            stepsPerSettlementCount: steps,
            blockSpaceShareFraction: share,
            waitForFinality: wait,
          };
          const effect = settlementEffect(chain, ledger, stepS);
          const achieved = effect.metrics.ledgerAchievedOpsPerS ?? Number.NaN;
          const available = effect.metrics.ledgerAvailableOpsPerS ?? Number.NaN;
          expect(achieved).toBeLessThanOrEqual(available * (1 + 1e-9));
          expect(ledgerSeconds(effect)).toBeGreaterThanOrEqual(0);
          expect(effect.metrics.ledgerCostPerStepUsd).toBeCloseTo(
            (operations / steps) * costPerOperationUsd(gas, ledger.gasPriceGwei, ledger.tokenPriceUsd),
            9,
          );
        },
      ),
    );
  });

  it('slows the step more as operations get heavier (non-decreasing in gas per operation)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 21_000, max: 500_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        (gas, extra) => {
          const ledger = { ...baseLedger, operationsPerSettlementCount: 50 };
          const lighter = ledgerSeconds(settlementEffect(chain, { ...ledger, gasPerOperation: gas }, 1));
          const heavier = ledgerSeconds(
            settlementEffect(chain, { ...ledger, gasPerOperation: gas + extra }, 1),
          );
          expect(heavier).toBeGreaterThanOrEqual(lighter);
        },
      ),
    );
  });

  it('warns when one operation does not fit in a block', () => {
    const effect = settlementEffect(chain, { ...baseLedger, gasPerOperation: 2_000_000 }, 1);
    expect(effect.labels.ledgerWarning).toBeDefined();
  });
});
