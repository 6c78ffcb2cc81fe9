// Machine output: every parameter and metric as columns, bands as .p10/.p50/.p90, deterministic text for
// numbers that are not finite, and CSV quoting.
import { describe, expect, it } from 'vitest';
import { modelErrorBand } from '../../../src/core/calibration/modelErrorBand';
import { defaultParams, PARAMETER_ROWS } from '../../../src/core/params/table';
import { resultToCsv, resultToJson } from '../../../src/core/scenario/serialize';
import { tidyTable } from '../../../src/core/scenario/tidy';
import { result, row } from './fixtures';

const sample = () => {
  const first = row(
    'a',
    {},
    { stepTimeS: 2, slowdownVsDatacentreRatio: Number.POSITIVE_INFINITY },
    {
      stepTimeS: { p10: 1, p50: 2, p90: 3 },
    },
  );
  const second = row('b', {}, { stepTimeS: Number.NaN, extraMetric: 5 });
  second.result.labels = { trust: 'the node, "always"' };
  second.result.warnings = ['does not fit, in memory'];
  second.result.feasible = false;
  second.result.infeasibleReasons = ['does not fit, in memory'];
  return result([first, second]);
};

describe('tidyTable', () => {
  it('has the variant, feasibility, every parameter, every metric, bands, labels and warnings as columns', () => {
    const { columns, records } = tidyTable(sample());
    expect(columns).toEqual([
      'variant',
      'feasible',
      'infeasibleReason',
      ...PARAMETER_ROWS.map((param) => param.path),
      'stepTimeS',
      'slowdownVsDatacentreRatio',
      'extraMetric',
      'stepTimeS.p10',
      'stepTimeS.p50',
      'stepTimeS.p90',
      'stepTimeS.modelErrorLow',
      'stepTimeS.modelErrorHigh',
      'stepTimeS.modelErrorArea',
      'slowdownVsDatacentreRatio.modelErrorLow',
      'slowdownVsDatacentreRatio.modelErrorHigh',
      'slowdownVsDatacentreRatio.modelErrorArea',
      'label.trust',
      'warnings',
    ]);
    expect(records[0]?.extraMetric).toBeNull();
    // The default job trains over a continental WAN, so its step time carries that area's measured error,
    // which widens the Monte Carlo band (1 to 3) on both sides.
    const band = modelErrorBand('stepTimeS', defaultParams(), 2, { p10: 1, p50: 2, p90: 3 });
    expect(records[0]?.['stepTimeS.modelErrorArea']).toBe('training-networks');
    expect(records[0]?.['stepTimeS.modelErrorLow']).toBe(band?.low);
    expect(records[0]?.['stepTimeS.modelErrorHigh']).toBe(band?.high);
    expect(band?.low).toBeLessThan(1);
    expect(band?.high).toBeGreaterThan(3);
    expect(records[0]?.['slowdownVsDatacentreRatio.modelErrorHigh']).toBeNull();
    expect(records[1]?.['stepTimeS.modelErrorLow']).toBeNull();
    expect(records[1]?.['stepTimeS.p90']).toBeNull();
    expect(records[0]?.['network.rttMs']).toBe(
      PARAMETER_ROWS.find((p) => p.path === 'network.rttMs')?.spec.default,
    );
  });
});

describe('resultToJson', () => {
  it('writes non-finite numbers as strings and missing cells as null', () => {
    const parsed = JSON.parse(resultToJson(sample()));
    expect(parsed.scenarioId).toBe('test-scenario');
    expect(parsed.rows[0].slowdownVsDatacentreRatio).toBe('Infinity');
    expect(parsed.rows[1].stepTimeS).toBe('NaN');
    expect(parsed.rows[0].extraMetric).toBeNull();
    expect(parsed.columns).toEqual(tidyTable(sample()).columns);
  });
});

describe('resultToCsv', () => {
  it('writes a header, one line per row, quoted text, and words for non-finite numbers', () => {
    const lines = resultToCsv(sample()).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith('variant,feasible,infeasibleReason,workload.kind,')).toBe(true);
    expect(lines[1]?.startsWith('a,true,,')).toBe(true);
    expect(lines[2]?.startsWith('b,false,"does not fit, in memory",')).toBe(true);
    expect(lines[1]).toContain(',2,Infinity,,1,2,3,');
    expect(lines[2]).toContain(
      ',NaN,,5,,,,,,training-networks,,,,"the node, ""always""","does not fit, in memory"',
    );
  });
});
