// The one-way layering rule: the simulation core imports nothing from React, zustand, plotly, the DOM or
// Node, and nothing from the layers built on it; randomness only comes from the seeded generator.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLayeringViolations } from './layeringRules';

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
      findLayeringViolations(readFileSync(file, 'utf8')).map((problem) => `${relative('.', file)}: ${problem}`),
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
