// THOR's and Powerformer's counted CKKS schedules and their memory-traffic cost: the reference work matches
// what the secure-pass counts give for BERT-base at 128 tokens (so each counted pass is reproduced exactly),
// the schedule scales with each part's work, a slower memory makes the THOR protocol slower, and more tokens
// never make it faster (with a counter-check that the scaling can fail when a part's work shrinks).
import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../../../src/core/params/table';
import { applyPreset } from '../../../../src/core/presets';
import { ckksComputeSeconds, countedSchedule } from '../../../../src/core/privacy/fhe/ckks';
import {
  CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO,
  keySwitchLimbPasses,
  operationLimbPasses,
  scheduleTrafficSeconds,
} from '../../../../src/core/privacy/fhe/ckksOps';
import {
  POWERFORMER_BERT_BASE_SCHEDULE,
  thorMeanLimbCount,
} from '../../../../src/core/privacy/fhe/powerformerSchedule';
import {
  BERT_BASE_128_WORK,
  ckksPartWork,
  THOR_BERT_BASE_SCHEDULE,
} from '../../../../src/core/privacy/fhe/thorSchedule';
import { secureWork, unitOperations } from '../../../../src/core/privacy/securePass';

const bertBase = (tokens: number, bandwidthTBps = 2.039): Params => {
  const base = applyPreset(defaultParams(), 'model', 'bert-base');
  return {
    ...base,
    workload: { ...base.workload, kind: 'inference' },
    inference: {
      ...base.inference,
      mode: 'forward',
      promptTokenCount: tokens,
      outputTokenCount: 1,
      batchSizeCount: 1,
    },
    hardware: { ...base.hardware, gpusPerNodeCount: 1, memoryBandwidthTBps: bandwidthTBps },
    fhe: { ...base.fhe, scheme: 'ckks', ckksProtocol: 'thor', device: 'gpu' },
  };
};
const operationsOf = (params: Params) => unitOperations(secureWork(params));

describe('THOR CKKS schedule', () => {
  it('has the counted pass as its reference work', () => {
    expect(ckksPartWork(operationsOf(bertBase(128)))).toEqual(BERT_BASE_128_WORK);
  });

  it('reproduces the counted schedule at the reference and the fitted latency on the A100', () => {
    const params = bertBase(128);
    expect(countedSchedule('thor', operationsOf(params))).toEqual(THOR_BERT_BASE_SCHEDULE);
    expect(ckksComputeSeconds(params, operationsOf(params))).toBeCloseTo(625.8, 6);
    expect(CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO).toBeGreaterThan(1);
  });

  it("carries Powerformer at the counted pass unchanged and prices its kinds at THOR's mean limb counts", () => {
    expect(countedSchedule('powerformer', operationsOf(bertBase(128)))).toEqual(
      POWERFORMER_BERT_BASE_SCHEDULE,
    );
    expect(POWERFORMER_BERT_BASE_SCHEDULE.linear.keySwitch.meanLimbCount).toBeCloseTo(
      thorMeanLimbCount('keySwitch'),
      12,
    );
    const limbs = thorMeanLimbCount('add');
    expect(limbs).toBeGreaterThan(
      Math.min(...Object.values(THOR_BERT_BASE_SCHEDULE).map((mix) => mix.add.meanLimbCount)),
    );
    expect(limbs).toBeLessThan(
      Math.max(...Object.values(THOR_BERT_BASE_SCHEDULE).map((mix) => mix.add.meanLimbCount)),
    );
  });

  it('prices a key switch above any element-wise operation and a bootstrap above a key switch', () => {
    for (const limbs of [1, 5, 15]) {
      for (const kind of ['add', 'plainMultiply', 'cipherMultiply', 'rescale'] as const)
        expect(keySwitchLimbPasses(limbs)).toBeGreaterThan(operationLimbPasses(kind, limbs));
      expect(operationLimbPasses('bootstrap', limbs)).toBeGreaterThan(keySwitchLimbPasses(limbs));
    }
  });

  it('takes longer on slower memory and with more tokens', () => {
    const fast = bertBase(128, 3.35);
    const slow = bertBase(128, 1.0);
    expect(ckksComputeSeconds(slow, operationsOf(slow))).toBeGreaterThan(
      ckksComputeSeconds(fast, operationsOf(fast)),
    );
    let previous = 0;
    for (const tokens of [16, 64, 128, 256, 512]) {
      const params = bertBase(tokens);
      const seconds = ckksComputeSeconds(params, operationsOf(params));
      expect(seconds).toBeGreaterThan(previous);
      previous = seconds;
    }
  });

  it('counter-check: a schedule with a part removed costs less, so the scaling can move the time down', () => {
    const { softmax: _softmax, ...withoutSoftmax } = THOR_BERT_BASE_SCHEDULE;
    expect(scheduleTrafficSeconds(withoutSoftmax, 2.039)).toBeLessThan(
      scheduleTrafficSeconds(THOR_BERT_BASE_SCHEDULE, 2.039),
    );
  });
});
