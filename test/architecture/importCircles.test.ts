// No import circles in src/core: every module can be understood (and loaded) after the ones it imports.
// The rule is also shown to catch a circle, so the test can fail.
import { describe, expect, it } from 'vitest';
import { findImportCircles, graphOf, graphOfDirectory, relativeImports } from './importGraph';

describe('import circles', () => {
  it('src/core has none', () => {
    const graph = graphOfDirectory('src/core');
    expect(graph.size).toBeGreaterThan(100);
    expect(findImportCircles(graph).map((circle) => circle.join(' -> '))).toEqual([]);
  });

  it('reads static, re-export and dynamic imports, and skips type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      "export { c } from './c';",
      "const d = await import('./d');",
      "import seedrandom from 'seedrandom';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a', './c', './d']);
  });

  it('catches a circle of three modules and not a diamond', () => {
    const circle = graphOf(
      new Map([
        ['src/x/a.ts', "import { b } from './b';"],
        ['src/x/b.ts', "import { c } from '../x/c';"],
        ['src/x/c.ts', "import { type A, a } from './a';"],
      ]),
    );
    expect(findImportCircles(circle)).toEqual([['src/x/a.ts', 'src/x/b.ts', 'src/x/c.ts', 'src/x/a.ts']]);
    const diamond = graphOf(
      new Map([
        ['src/y/a.ts', "import { b } from './b';\nimport { c } from './c';"],
        ['src/y/b.ts', "import { d } from './d';"],
        ['src/y/c.ts', "import { d } from './d';"],
        ['src/y/d.ts', 'export const d = 1;'],
      ]),
    );
    expect(findImportCircles(diamond)).toEqual([]);
  });
});
