// Renders the generated parts of docs/matrix.md: the computed synergy matrix (src/core/matrix) and the index
// of the claim scenarios (scenarios/matrix, article, workshop). The prose around them is written by hand; the
// parts between the markers are replaced on every run of scripts/write-matrix-doc.ts.
import { join } from 'node:path';
import { findScenarioFiles } from '../src/cli/findScenarioFiles';
import { loadScenarioFile } from '../src/cli/load';
import { computeMatrix } from '../src/core/matrix/computeMatrix';
import { matrixMarkdown } from '../src/core/matrix/markdown';

/** Markers around each generated part. */
export const GENERATED_PARTS = {
  matrix: { start: '<!-- generated:matrix:start -->', end: '<!-- generated:matrix:end -->' },
  scenarios: { start: '<!-- generated:scenarios:start -->', end: '<!-- generated:scenarios:end -->' },
} as const;

/** Folders of the claim scenarios, in the order the index lists them. */
const CLAIM_FOLDERS = ['scenarios/matrix', 'scenarios/article', 'scenarios/workshop'] as const;

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The index of the claim scenarios: file, title, source and section, and how many assertions each makes. */
export function scenarioIndexMarkdown(): string {
  const rows = CLAIM_FOLDERS.flatMap((folder) => findScenarioFiles(folder)).map((file) => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) return `| \`${file}\` | invalid | | |`;
    const { scenario } = loaded;
    const source = [scenario.claim.source, scenario.claim.section].filter(Boolean).join(', ');
    return `| \`${file}\` | ${cell(scenario.title)} | ${cell(source)} | ${(scenario.expect ?? []).length} |`;
  });
  return ['| file | title | claim from | assertions |', '|---|---|---|---|', ...rows].join('\n');
}

function replacePart(text: string, markers: { start: string; end: string }, content: string): string {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start)
    throw new Error(`docs/matrix.md lacks the markers ${markers.start} ... ${markers.end}`);
  return `${text.slice(0, start + markers.start.length)}\n${content}\n${text.slice(end)}`;
}

/** The page with both generated parts brought up to date. */
export function renderMatrixDoc(currentText: string): string {
  const withMatrix = replacePart(currentText, GENERATED_PARTS.matrix, matrixMarkdown(computeMatrix()));
  return replacePart(withMatrix, GENERATED_PARTS.scenarios, scenarioIndexMarkdown());
}

/** Where the page lives, relative to the repository root. */
export const MATRIX_DOC_PATH = join('docs', 'matrix.md');
