// The matrix as a whole and its command: nine cells in `matrix --json` with every field the docs promise,
// thresholds that change ratings, explanations for disagreements, and the robustness bookkeeping.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cli';
import type { CliIo } from '../../../src/cli/io';
import { PERFORMANCE_SCALABILITY } from '../../../src/core/matrix/cells/performance';
import { explainCell } from '../../../src/core/matrix/computeCell';
import type { MatrixResult } from '../../../src/core/matrix/computeMatrix';
import {
  keptShareByValue,
  robustnessNote,
  sensitivityCombinations,
  withKnobAxes,
} from '../../../src/core/matrix/robustness';
import type { Robustness, SensitivityInput } from '../../../src/core/matrix/types';

function capture(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (err += text) };
  return { code: runCli(args, io), out, err };
}

describe('sim matrix --json', () => {
  const { code, out } = capture(['matrix', '--json']);
  const result = JSON.parse(out) as MatrixResult;

  it('prints nine cells, each with knob, values, score, ratings, agreement, robustness and explanation', () => {
    expect(code).toBe(0);
    expect(result.cells).toHaveLength(9);
    for (const cell of result.cells) {
      expect(cell.knob.axes.length).toBeGreaterThan(0);
      expect(cell.points.length).toBe(cell.knob.axes[0]?.values.length);
      for (const point of cell.points) expect(typeof point.rowMetricValue).toBe('number');
      expect(cell.score).toBeGreaterThanOrEqual(-1);
      expect(cell.score).toBeLessThanOrEqual(1);
      expect(['strong', 'medium', 'weak']).toContain(cell.rating);
      expect(['strong', 'medium', 'weak', 'not stated']).toContain(cell.articleRating);
      expect(cell.agreement).toBe(
        cell.articleRating === 'not stated'
          ? 'not-rated'
          : cell.rating === cell.articleRating
            ? 'agree'
            : 'disagree',
      );
      expect(['robust', 'fragile']).toContain(cell.robustness?.verdict);
      expect(cell.robustness?.runs.length).toBe(cell.robustness?.runCount);
      expect(cell.explanation.length).toBeGreaterThan(100);
    }
    expect(result.cells.filter((cell) => cell.articleRating === 'not stated')).toHaveLength(4);
  });

  it('explains every disagreement', () => {
    for (const cell of result.cells.filter((candidate) => candidate.agreement === 'disagree')) {
      expect(cell.explanation).toContain('Disagrees with the article');
    }
  });
});

describe('sim matrix thresholds', () => {
  it('turns a strong cell medium, and into a disagreement with its reason, when the bar is raised', () => {
    const { code, out } = capture(['matrix', '--json', '--strong-min', '0.95', '--no-robustness']);
    expect(code).toBe(0);
    const cell = (JSON.parse(out) as MatrixResult).cells.find(
      (candidate) => candidate.scenarioId === PERFORMANCE_SCALABILITY.scenarioId,
    );
    expect(cell?.score).toBeLessThan(0.95);
    expect(cell?.rating).toBe('medium');
    expect(cell?.agreement).toBe('disagree');
    expect(cell?.explanation).toContain('Disagrees with the article, which rates it strong');
    expect(cell?.robustness).toBeUndefined();
  });

  it('prints a readable table and rejects unusable thresholds', () => {
    const table = capture(['matrix', '--no-robustness']);
    expect(table.code).toBe(0);
    for (const name of [
      'privacy',
      'verifiability',
      'performance',
      'decentralization',
      'security',
      'scalability',
    ])
      expect(table.out).toContain(name);
    expect(table.out).toContain("model's own rating");
    const bad = capture(['matrix', '--strong-min=-0.6']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('weak threshold must be below the strong threshold');
  });
});

describe('explanations', () => {
  it('says the model disagrees, and why, when the ratings differ', () => {
    const text = explainCell(PERFORMANCE_SCALABILITY, -0.7, 'weak');
    expect(text).toContain('-0.70 (weak)');
    expect(text).toContain('Disagrees with the article, which rates it strong');
    expect(text).toContain(PERFORMANCE_SCALABILITY.mechanism);
  });
});

describe('sensitivity runs', () => {
  const inputs: SensitivityInput[] = [
    { kind: 'parameter', path: 'adversary.maliciousFraction', values: [0.1, 0.2, 0.3], rangeSource: 'test' },
    {
      kind: 'knob',
      name: 'nodes',
      alternatives: [
        { label: 'few', axes: { 'network.nodeCount': [1, 2, 3, 4] } },
        { label: 'many', axes: { 'network.nodeCount': [10, 20, 30, 40] } },
      ],
      rangeSource: 'test',
    },
  ];

  it('runs every combination, replacing knob axes for knob alternatives', () => {
    const combinations = sensitivityCombinations(inputs);
    expect(combinations).toHaveLength(6);
    expect(combinations[5]).toEqual({
      overrides: { 'adversary.maliciousFraction': 0.3 },
      knobAxes: { 'network.nodeCount': [10, 20, 30, 40] },
      values: { 'adversary.maliciousFraction': 0.3, nodes: 'many' },
    });
    const replaced = withKnobAxes(PERFORMANCE_SCALABILITY, combinations[0]?.knobAxes ?? {});
    expect(replaced.knob.axes.find((axis) => axis.path === 'network.nodeCount')?.values).toEqual([
      1, 2, 3, 4,
    ]);
    expect(
      PERFORMANCE_SCALABILITY.knob.axes.find((axis) => axis.path === 'network.nodeCount')?.values,
    ).toEqual([2, 8, 32, 128]);
  });

  it('names the settings under which a rating holds least', () => {
    const robustness: Robustness = {
      verdict: 'fragile',
      runCount: 4,
      keptShareFraction: 0.5,
      inputs,
      runs: [
        { values: { a: 1, b: 'x' }, score: 0.9, rating: 'strong' },
        { values: { a: 1, b: 'y' }, score: 0.8, rating: 'strong' },
        { values: { a: 2, b: 'x' }, score: 0.1, rating: 'medium' },
        { values: { a: 2, b: 'y' }, score: 0.2, rating: 'medium' },
      ],
    };
    expect(keptShareByValue(robustness, 'strong')[0]).toEqual({ input: 'a', value: 2, keptShareFraction: 0 });
    expect(robustnessNote(robustness, 'strong')).toBe(
      'The strong rating holds in 50% of 4 sensitivity runs (fragile); it holds least at a = 2 (0% of those runs).',
    );
  });
});
