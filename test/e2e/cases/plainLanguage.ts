// Plain language: no view shows an internal id. Each view is opened (every collapsible section opened too, so
// every control, option and detail is rendered) and its visible text, select options and tooltips are scanned
// for camelCase words (parameter and metric names such as gpusPerNodeCount), dotted parameter paths, and the
// kebab-case ids of options, scenarios, claims and presets. Text in code blocks, text areas and fields (file
// contents, links) and citations (a source naming a calibration case or file) is left out: that is where ids
// belong.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findParam, PARAMETER_ROWS } from '../../../src/core/params/table';
import { PRESETS } from '../../../src/core/presets/index';
import { REPO_ROOT } from '../harness';
import { type BrowserCase, check } from '../runner';
import { VIEWS } from './screenshots';

/** Proper names written in mixed case by their authors (not ids). */
const PROPER_NAMES: ReadonlySet<string> = new Set(['zkLLM', 'zkML', 'zkGPT', 'arXiv', 'kWh', 'kB']);

/**
 * Hyphenated option ids that are also ordinary English compounds ("data-parallel training", "zero-knowledge
 * proofs", "low-communication training", "book-keeping DP training", "ring all-reduce") or a project's own name as its authors
 * write it (distributed-llama, github.com/b4rtaz/distributed-llama): in prose they are words, not ids. Selects
 * show their display names.
 */
const ENGLISH_COMPOUNDS: ReadonlySet<string> = new Set([
  'data-parallel',
  'low-communication',
  'zero-knowledge',
  'book-keeping',
  'all-reduce',
  'distributed-llama',
]);

/** Every id in the project that contains a hyphen: options, presets, scenario and claim files. */
function kebabIds(): Set<string> {
  const ids = new Set<string>();
  for (const row of PARAMETER_ROWS)
    if (row.spec.kind === 'choice') for (const id of row.spec.options) ids.add(id);
  for (const group of Object.values(PRESETS)) for (const id of Object.keys(group ?? {})) ids.add(id);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (entry.name.endsWith('.json') && entry.name !== 'schema.json') {
        const id = (JSON.parse(readFileSync(join(folder, entry.name), 'utf8')) as { id?: unknown }).id;
        if (typeof id === 'string') ids.add(id);
      }
    }
  };
  walk(join(REPO_ROOT, 'scenarios'));
  return new Set(
    [...ids].filter((id) => (id.includes('-') || id.includes('_')) && !ENGLISH_COMPOUNDS.has(id)),
  );
}

/** The text a person reads on the page, with every section opened. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const skip = 'code, pre, textarea, input, script, style, cite, [data-citation]';
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll(skip)) element.remove();
    document.body.append(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    const titles = [...document.querySelectorAll('[title]')]
      .filter((element) => !element.closest(skip))
      .map((element) => element.getAttribute('title') ?? '');
    const options = [...document.querySelectorAll('option')].map((option) => option.textContent ?? '');
    return [text, ...titles, ...options].join('\n');
  });
}

/** Internal ids in `text`. */
export function internalIds(text: string, kebab: ReadonlySet<string>): string[] {
  const camel = [...text.matchAll(/\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/g)].map((m) => m[0]);
  const dotted = [...text.matchAll(/\b[a-z][A-Za-z]*\.[a-z][A-Za-z0-9]+\b/g)].map((m) => m[0]);
  const words = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]/g)].map((m) => m[0]);
  return [
    ...new Set([
      ...camel.filter((word) => !PROPER_NAMES.has(word)),
      ...dotted.filter((word) => findParam(word) !== undefined),
      ...words.filter((word) => kebab.has(word)),
    ]),
  ];
}

/** The plain-language case. */
export const PLAIN_LANGUAGE_CASES: BrowserCase[] = [
  {
    name: 'no view shows an internal id (camelCase, dotted paths, kebab-case option and file ids)',
    run: async ({ page, baseUrl }) => {
      const kebab = kebabIds();
      const problems: string[] = [];
      for (const [name, hash, ready] of VIEWS) {
        await page.goto(`${baseUrl}#${hash}`);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        const text = await readableText(page);
        const found = internalIds(text, kebab);
        const context = (id: string) => {
          const at = text.indexOf(id);
          return `${id} in “…${text.slice(Math.max(0, at - 40), at + id.length + 20).replaceAll('\n', ' ')}…”`;
        };
        if (found.length > 0) problems.push(`${name}:\n  ${found.map(context).join('\n  ')}`);
      }
      check(problems.length === 0, `internal ids on screen:\n${problems.join('\n')}`);
    },
  },
];
