// Every citation of a document or a repository path, in code, tooltips, scenarios and docs, names a file that
// is in the repository (outside sources are named by title and URL instead). The published-figure files are
// skipped: their `source` fields cite outside works, some by their own file names; so are this checker's own
// files, whose examples name missing files on purpose.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Citation, findCitations, resolves } from './citationRules';

const SCANNED_ROOTS = ['src', 'docs', 'scenarios', 'scripts', 'bench', 'test', 'README.md', 'index.html'];
const SKIPPED = /^docs\/published\/.*\.json$|\.(png|jpg|svg|ico)$|^test\/architecture\/citation/;

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => listFiles(join(path, entry).replaceAll('\\', '/')));
}

const files = SCANNED_ROOTS.flatMap(listFiles).filter((file) => !SKIPPED.test(file));
const basenames = new Set(files.map((file) => basename(file)));

function unresolved(file: string, text: string): string[] {
  // Tests name temporary fixtures by path, so only their document citations are checked.
  const citations: Citation[] = findCitations(text, !file.startsWith('test/'));
  return citations
    .filter((citation) => !resolves(citation, dirname(file), existsSync, basenames))
    .map((citation) => `${file}: ${citation.text}`);
}

describe('citations', () => {
  it('scans the sources, docs and scenarios', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('name only files that are in the repository', () => {
    const problems = files.flatMap((file) => unresolved(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('flags a document or a path that is not in the repository', () => {
    expect(unresolved('src/core/x.ts', "source: 'MODEL.md section 5'")).toEqual(['src/core/x.ts: MODEL.md']);
    expect(unresolved('docs/x.md', 'see docs/model/nowhere.md')).toEqual([
      'docs/x.md: docs/model/nowhere.md',
    ]);
    expect(unresolved('src/x.ts', '// lives in src/core/nothing/here.ts.')).toEqual([
      'src/x.ts: src/core/nothing/here.ts',
    ]);
  });

  it('accepts files that exist, relative paths, URLs and folders', () => {
    const text =
      'docs/model.md; model/privacy.md; src/core/ledger/presets.ts; https://x.example/MODEL.md; src/core/future/; ' +
      'zama-ai/tfhe-rs tfhe/docs/benchmarks.md';
    expect(unresolved('docs/x.md', text)).toEqual([]);
  });
});
