// The one-way layering rule: the simulation core imports nothing from React, zustand, plotly, the DOM or
// Node, and nothing from the layers built on it; randomness only comes from the seeded generator; and its
// transcendental maths comes from src/core/math, so results are the same bits in every engine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEngineMathViolations, findLayeringViolations } from './layeringRules';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

describe('layering of src/core', () => {
  const files = sourceFiles('src/core');

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports no UI, DOM, Node or outer-layer module', () => {
    const violations = files.flatMap((file) =>
      findLayeringViolations(readFileSync(file, 'utf8')).map(
        (problem) => `${relative('.', file)}: ${problem}`,
      ),
    );
    expect(violations).toEqual([]);
  });
});

/** The deterministic maths itself, the one place allowed to reason about engine rounding. */
const DETERMINISTIC_MATH_DIR = join('src', 'core', 'math');
describe('deterministic maths in src/core', () => {
  const files = sourceFiles('src/core').filter((file) => !file.startsWith(DETERMINISTIC_MATH_DIR));
  const problemsOf = (file: string) => findEngineMathViolations(readFileSync(file, 'utf8'));

  it('uses src/core/math, never Math.exp, Math.log, Math.pow, ** or other engine-rounded functions', () => {
    const violations = files.flatMap((file) =>
      problemsOf(file).map((problem) => `${relative('.', file)}: ${problem}`),
    );
    expect(violations).toEqual([]);
  });
});

describe('randomness in src', () => {
  it('never uses Math.random', () => {
    const offenders = sourceFiles('src').filter((file) => /Math\.random/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
