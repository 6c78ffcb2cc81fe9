// What loads at start-up stays off the scenario schema: neither the page's shell (src/app/boot/boot.tsx and
// what it imports statically) nor the worker's entry imports zod. Building the schema's objects cost the first
// chart about a tenth of a second on a busy machine; files, links and claims load it when they need it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Specifiers of the static, non-type-only imports and re-exports of a source text. */
function runtimeImports(sourceText: string): string[] {
  const specifiers: string[] = [];
  const statement =
    /^\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of sourceText.matchAll(statement)) {
    const [, , clause = '', fromSpecifier, bareSpecifier] = match;
    if (bareSpecifier) {
      specifiers.push(bareSpecifier);
      continue;
    }
    if (/^type\s/.test(clause)) continue;
    const names = clause.match(/\{([^}]*)\}/)?.[1];
    const onlyTypes =
      names !== undefined &&
      !/^\s*[\w$]+\s*,/.test(clause) &&
      names
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith('type '));
    if (!onlyTypes && fromSpecifier) specifiers.push(fromSpecifier);
  }
  return specifiers;
}

const resolveSource = (fromFile: string, specifier: string): string | null => {
  const base = join(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path)) ?? null;
};

/** Every source file reached from `entry` by static runtime imports, with the packages each imports. */
function staticClosure(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    const specifiers = runtimeImports(readFileSync(file, 'utf8'));
    reached.set(
      file,
      specifiers.filter((specifier) => !specifier.startsWith('.')),
    );
    for (const specifier of specifiers.filter((specifier) => specifier.startsWith('.'))) {
      const resolved = resolveSource(file, specifier);
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return reached;
}

const filesImporting = (entry: string, packageName: string) =>
  [...staticClosure(entry)]
    .filter(([, packages]) => packages.includes(packageName))
    .map(([file]) => relative('.', file));

describe('runtimeImports', () => {
  it('keeps value imports and re-exports, and drops type-only ones', () => {
    const text = [
      "import { z } from 'zod';",
      "import type { Scenario } from './types';",
      "import { type A, type B } from './onlyTypes';",
      "import { type A, run } from './mixed';",
      "import React, { type FC } from 'react';",
      "export { describeAllowed } from '../params/describe';",
      "export type { Claim } from './claim';",
      "import './style.css';",
      "const later = () => import('./lazy');",
    ].join('\n');
    expect(runtimeImports(text)).toEqual(['zod', './mixed', 'react', '../params/describe', './style.css']);
  });

  it('finds zod behind the scenario parser, so the rule below can fail', () => {
    expect(filesImporting('src/core/scenario/parse.ts', 'zod').length).toBeGreaterThan(0);
  });
});

describe('start-up code', () => {
  it('of the page shell does not import zod', () => {
    expect(filesImporting('src/app/boot/boot.tsx', 'zod')).toEqual([]);
  });

  it('of the simulation worker does not import zod', () => {
    expect(filesImporting('src/worker/simulation.worker.ts', 'zod')).toEqual([]);
  });
});
