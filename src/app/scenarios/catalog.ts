// The scenario files shipped with the app (scenarios/**/*.json except the claim files in scenarios/claims/,
// which the Check-a-claim view reads). Only each file's id, title and claim text are in the main bundle; the
// whole document is loaded when a scenario is opened, and the worker validates it before running it.

/** The folders of bundled scenarios, in the order the Scenarios view lists them. */
export const CATALOG_KINDS = ['claims', 'article', 'workshop', 'matrix', 'calibration'] as const;

/** Which folder a scenario comes from: "claims" is scenarios/*.json, the others their sub-folder. */
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** One bundled scenario file. */
export interface CatalogEntry {
  /** The scenario's id (its file name without ".json" when the file has no readable id). */
  id: string;
  title: string;
  claimText: string;
  kind: CatalogKind;
  /** The file's path, as the build knows it (to load the whole document). */
  path: string;
}

// import.meta.glob takes literals only, so the pattern is repeated; the named imports keep only these fields.
const IDS = import.meta.glob<unknown>(
  ['../../../scenarios/**/*.json', '!**/schema.json', '!../../../scenarios/claims/**'],
  { eager: true, import: 'id' },
);
const TITLES = import.meta.glob<unknown>(
  ['../../../scenarios/**/*.json', '!**/schema.json', '!../../../scenarios/claims/**'],
  { eager: true, import: 'title' },
);
const CLAIMS = import.meta.glob<unknown>(
  ['../../../scenarios/**/*.json', '!**/schema.json', '!../../../scenarios/claims/**'],
  { eager: true, import: 'claim' },
);

const textField = (value: unknown, key: string): string | undefined => {
  const field =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

const kindOf = (path: string): CatalogKind =>
  CATALOG_KINDS.find((kind) => kind !== 'claims' && path.includes(`/scenarios/${kind}/`)) ?? 'claims';

/**
 * Builds catalog entries from file paths and the head of each file (an object with id, title and claim, or
 * anything else for a broken file), sorted by folder in CATALOG_KINDS order, then by title.
 */
export function catalogFrom(heads: Readonly<Record<string, unknown>>): CatalogEntry[] {
  return Object.entries(heads)
    .map(([path, head]): CatalogEntry => {
      const fileName =
        path
          .split('/')
          .pop()
          ?.replace(/\.json$/, '') ?? path;
      const claim =
        typeof head === 'object' && head !== null ? (head as { claim?: unknown }).claim : undefined;
      return {
        id: textField(head, 'id') ?? fileName,
        title: textField(head, 'title') ?? fileName,
        claimText: textField(claim, 'text') ?? '',
        kind: kindOf(path),
        path,
      };
    })
    .sort((a, b) =>
      a.kind === b.kind
        ? a.title.localeCompare(b.title)
        : CATALOG_KINDS.indexOf(a.kind) - CATALOG_KINDS.indexOf(b.kind),
    );
}

let catalog: readonly CatalogEntry[] | null = null;

/**
 * Every bundled scenario. Built on first use, not when the page loads: sorting by title starts the browser's
 * collator, which took about 15 ms of start-up in a CPU profile of the page.
 */
export function scenarioCatalog(): readonly CatalogEntry[] {
  catalog ??= catalogFrom(
    Object.fromEntries(
      Object.keys(IDS).map((path) => [path, { id: IDS[path], title: TITLES[path], claim: CLAIMS[path] }]),
    ),
  );
  return catalog;
}

/** The bundled scenario with this id, if any. */
export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return scenarioCatalog().find((entry) => entry.id === id);
}

/** Loads the whole document of the bundled scenario `id` (undefined for an unknown id). */
export async function loadCatalogDocument(id: string): Promise<unknown> {
  const entry = findCatalogEntry(id);
  if (!entry) return undefined;
  const text = (await import('./catalogDocuments')).DOCUMENT_TEXTS[entry.path];
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}
