// Finds citations of files that are not in the repository: any `NAME.md` (a document), and any file path (with
// an extension) that starts at a top-level source folder (docs/, src/, scenarios/, scripts/, bench/). Folders
// are not checked (docs may describe one that is being built). URLs and paths in an outside repository
// (`owner/name path/file.md`) are skipped: they name outside sources.

/** A reference the checker found, with the text it matched. */
export interface Citation {
  text: string;
  kind: 'document' | 'repository path';
}

const DOCUMENT_PATTERN = /(?<![\w/.@:-])((?:[\w.-]+\/)*[\w.-]+\.md)\b/g;
const ROOT_PATH_PATTERN =
  /(?<![\w/.@:-])((?:docs|src|scenarios|scripts|bench)\/[\w./-]*\.(?:ts|tsx|json|md))\b/g;
/** Text just before a match that puts it inside a URL, or after an outside repository (`owner/name path`). */
const URL_BEFORE = /(?:https?:\/\/|github\.com\/)\S*$|(?<![\w/.-])[\w-]+\/[\w.-]+ $/;

function isInUrl(text: string, index: number): boolean {
  return URL_BEFORE.test(text.slice(Math.max(0, index - 120), index));
}

/** The document and repository-path citations in a text (URLs excluded). */
export function findCitations(text: string, withRootPaths: boolean): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(DOCUMENT_PATTERN))
    if (!isInUrl(text, match.index)) found.push({ text: match[1] ?? '', kind: 'document' });
  if (!withRootPaths) return found;
  for (const match of text.matchAll(ROOT_PATH_PATTERN))
    if (!isInUrl(text, match.index) && !(match[1] ?? '').endsWith('.md'))
      found.push({ text: match[1] ?? '', kind: 'repository path' });
  return found;
}

/**
 * Whether a citation resolves inside the repository. `exists(path)` answers for a path relative to the root;
 * `fileDirectory` is the citing file's folder (documents may be cited relative to it); `basenames` holds every
 * file name in the repository (a bare document name resolves when some file has it).
 */
export function resolves(
  citation: Citation,
  fileDirectory: string,
  exists: (path: string) => boolean,
  basenames: ReadonlySet<string>,
): boolean {
  const { text } = citation;
  if (citation.kind === 'repository path') return exists(text);
  if (!text.includes('/')) return basenames.has(text);
  return exists(text) || exists(joinRelative(fileDirectory, text));
}

function joinRelative(directory: string, path: string): string {
  const parts = directory === '' ? [] : directory.split('/');
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}
