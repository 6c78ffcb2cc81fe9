// The import graph of a source tree and the circles in it, for the no-import-circle rule. Only relative
// imports are followed (packages cannot import back). Type-only imports (`import type`, `export type`) are
// left out: they vanish at compile time, so a module's type may name the parameter table that lists the
// module's own parameters without making the two load each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Module path to the module paths it imports (both relative to the repository root, with extension). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const IMPORT_PATTERN = /(?:import|export)\s(?!type\s)[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC_IMPORT_PATTERN = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Relative module specifiers a source text imports (static, re-exports and dynamic). */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const pattern of [IMPORT_PATTERN, DYNAMIC_IMPORT_PATTERN])
    for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

function resolveModule(fromFile: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = normalize(join(dirname(fromFile), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => files.has(candidate));
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

/** The import graph of every .ts/.tsx file under `directory`, from a map of file texts. */
export function graphOf(texts: ReadonlyMap<string, string>): ImportGraph {
  const files = new Set(texts.keys());
  const graph = new Map<string, string[]>();
  for (const [file, text] of texts) {
    const targets = relativeImports(text)
      .map((specifier) => resolveModule(file, specifier, files))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import graph of the files under a directory on disk. */
export function graphOfDirectory(directory: string): ImportGraph {
  return graphOf(new Map(sourceFiles(directory).map((file) => [file, readFileSync(file, 'utf8')])));
}

/** Every import circle, each as the list of modules around it (first module repeated at the end). */
export function findImportCircles(graph: ImportGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const seen = state.get(target);
      if (seen === 'open') circles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (seen === undefined) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return circles;
}
