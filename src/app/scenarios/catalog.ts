// The scenario files shipped with the app (scenarios/*.json and scenarios/calibration/*.json), bundled at build
// time. Only their id, title and claim are read here; the worker validates each file before running it.

/** One bundled scenario file. */
export interface CatalogEntry {
  /** The scenario's id (its file name without ".json" when the file has no readable id). */
  id: string;
  title: string;
  claimText: string;
  /** "claims" for scenarios/*.json, "calibration" for scenarios/calibration/*.json. */
  kind: 'claims' | 'calibration';
  /** The file's parsed JSON, not yet validated. */
  document: unknown;
}

const FILES = import.meta.glob<unknown>(['../../../scenarios/**/*.json', '!**/schema.json'], {
  eager: true,
  import: 'default',
});

const textField = (value: unknown, key: string): string | undefined => {
  const field =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

/** Builds catalog entries from file paths and their parsed JSON, sorted claims first, then by title. */
export function catalogFrom(files: Readonly<Record<string, unknown>>): CatalogEntry[] {
  return Object.entries(files)
    .map(([path, document]): CatalogEntry => {
      const fileName =
        path
          .split('/')
          .pop()
          ?.replace(/\.json$/, '') ?? path;
      const claim =
        typeof document === 'object' && document !== null
          ? (document as { claim?: unknown }).claim
          : undefined;
      return {
        id: textField(document, 'id') ?? fileName,
        title: textField(document, 'title') ?? fileName,
        claimText: textField(claim, 'text') ?? '',
        kind: path.includes('/calibration/') ? 'calibration' : 'claims',
        document,
      };
    })
    .sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === 'claims' ? -1 : 1));
}

/** Every bundled scenario. */
export const SCENARIO_CATALOG: readonly CatalogEntry[] = catalogFrom(FILES);

/** The bundled scenario with this id, if any. */
export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return SCENARIO_CATALOG.find((entry) => entry.id === id);
}
