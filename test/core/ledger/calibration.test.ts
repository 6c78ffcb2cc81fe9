// The ethereum-l1 calibration case, built as a user would (preset plus parameters) and run through the engine.
// Published: finality 12.8 min, 143 transfers/s at a 36M gas limit, Groth16 verification 200-210k gas (+-10%).
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';

const ethereum = applyPreset(defaultParams(), 'ledger', 'ethereum-l1');
const MINUTES_PER_SECOND = 1 / 60;

describe('calibration: ethereum-l1', () => {
  it('finalises after 12.8 minutes (exact arithmetic)', () => {
    const finalityS = evaluatePoint(ethereum).metrics.ledgerFinalityS ?? Number.NaN;
    expect(finalityS * MINUTES_PER_SECOND).toBeCloseTo(12.8, 10);
  });

  it('includes 143 plain transfers per second (the published figure is rounded)', () => {
    const transfers = setParams(ethereum, { 'ledger.gasPerOperation': 21_000 });
    const capacity = evaluatePoint(transfers).metrics.ledgerCapacityOpsPerS ?? Number.NaN;
    expect(Math.abs(capacity - 143)).toBeLessThan(0.5);
  });

  it('verifies a Groth16 proof for 200-210k gas within 10%', () => {
    const groth16 = setParams(ethereum, { 'ledger.operationKind': 'groth16-verification' });
    const gas = evaluatePoint(groth16).metrics.ledgerGasPerOperation ?? Number.NaN;
    expect(gas).toBeGreaterThanOrEqual(200_000 * 0.9);
    expect(gas).toBeLessThanOrEqual(210_000 * 1.1);
  });
});
