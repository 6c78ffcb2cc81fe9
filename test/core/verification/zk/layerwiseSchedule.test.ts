// Layer-wise proving: the output layer is one proof of its own; blocks and the output layer share the workers,
// and the wall-clock time is the busiest worker's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PassOperations, zeroNonlinearCounts } from '../../../../src/core/privacy/operationCounts';
import {
  layerwiseMakespanS,
  oneBlock,
  splitOutputLayer,
} from '../../../../src/core/verification/zk/layerwiseSchedule';

const ROUND_OFF = 1e-9;

describe('layer-wise schedule', () => {
  it('is the sum of all proofs on one worker', () => {
    expect(layerwiseMakespanS(12, 43, 230, 1)).toBe(12 * 43 + 230);
  });

  it('spreads equal blocks in whole blocks when there is no output layer', () => {
    expect(layerwiseMakespanS(12, 10, 0, 12)).toBe(10);
    expect(layerwiseMakespanS(13, 10, 0, 12)).toBe(20);
    expect(layerwiseMakespanS(12, 10, 0, 5)).toBe(30);
  });

  it('waits for an output layer larger than a block, which no worker can split', () => {
    expect(layerwiseMakespanS(12, 43, 232, 12)).toBe(232);
    expect(layerwiseMakespanS(12, 43, 232, 4)).toBe(232);
    // Two workers: the output layer's worker also takes 3 blocks, the other worker 9.
    expect(layerwiseMakespanS(12, 43, 232, 2)).toBe(9 * 43);
  });

  it('never slows with more workers and never beats the largest proof or the even share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 96 }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (blocks, blockS, outputS, workers) => {
          const time = layerwiseMakespanS(blocks, blockS, outputS, workers);
          expect(layerwiseMakespanS(blocks, blockS, outputS, workers + 1)).toBeLessThanOrEqual(time);
          expect(time).toBeGreaterThanOrEqual(Math.max(blockS, outputS) * (1 - ROUND_OFF));
          expect(time).toBeGreaterThanOrEqual(((blocks * blockS + outputS) / workers) * (1 - ROUND_OFF));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('splitting a pass into blocks and the output layer', () => {
  const pass: PassOperations = {
    matmulFlop: 2 * 32 * 124e6,
    attentionFlop: 4e7,
    linearOutputElementCount: 3e6,
    nonlinear: { ...zeroNonlinearCounts(), gelu: 1.2e6, vocabularyOutput: 32 * 50257 },
    sequentialLayerCount: 24,
  };

  it('gives the output layer hidden x logits multiply-accumulates and keeps every FLOP and weight', () => {
    const split = splitOutputLayer(pass, 124e6, 768);
    expect(split.outputLayer.matmulFlop).toBe(2 * 768 * 32 * 50257);
    expect(split.blocks.matmulFlop + split.outputLayer.matmulFlop).toBeCloseTo(pass.matmulFlop, 0);
    expect(split.blockWeightCount + split.outputLayerWeightCount).toBeCloseTo(124e6, 0);
    expect(split.blocks.nonlinear.vocabularyOutput).toBe(0);
  });

  it('leaves a model without a vocabulary output entirely to its blocks', () => {
    const encoder = { ...pass, nonlinear: { ...pass.nonlinear, vocabularyOutput: 0 } };
    const split = splitOutputLayer(encoder, 124e6, 768);
    expect(split.outputLayer.matmulFlop).toBe(0);
    expect(split.blocks.matmulFlop).toBe(pass.matmulFlop);
  });

  it('divides every count of the blocks by the block count for one block', () => {
    const block = oneBlock(pass, 12);
    expect(block.matmulFlop * 12).toBeCloseTo(pass.matmulFlop, 0);
    expect(block.nonlinear.gelu * 12).toBeCloseTo(pass.nonlinear.gelu, 6);
  });
});
