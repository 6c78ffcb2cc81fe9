// The claim files shipped with the app (scenarios/claims/*.json). The main bundle carries only each file's id
// and title; the text is loaded when a claim is opened, and the worker validates it before checking it.

/** One bundled claim file. */
export interface ClaimCatalogEntry {
  id: string;
  title: string;
  /** The file's path, as the build knows it (to load its text). */
  path: string;
}

const IDS = import.meta.glob<unknown>(['../../../scenarios/claims/*.json', '!**/schema.json'], {
  eager: true,
  import: 'id',
});
const TITLES = import.meta.glob<unknown>(['../../../scenarios/claims/*.json', '!**/schema.json'], {
  eager: true,
  import: 'title',
});

let catalog: readonly ClaimCatalogEntry[] | null = null;

/**
 * Every bundled claim, by title. Built on first use, not when the page loads: sorting by title starts the
 * browser's collator, which took about 15 ms of start-up in a CPU profile of the page.
 */
export function claimCatalog(): readonly ClaimCatalogEntry[] {
  catalog ??= buildCatalog();
  return catalog;
}

const buildCatalog = (): ClaimCatalogEntry[] =>
  Object.keys(IDS)
    .map((path) => {
      const fileName =
        path
          .split('/')
          .pop()
          ?.replace(/\.json$/, '') ?? path;
      const id = IDS[path];
      const title = TITLES[path];
      return {
        id: typeof id === 'string' ? id : fileName,
        title: typeof title === 'string' ? title : fileName,
        path,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));

/** The bundled claim with this id, if any. */
export function findClaimEntry(id: string): ClaimCatalogEntry | undefined {
  return claimCatalog().find((entry) => entry.id === id);
}

/** Loads the text of the bundled claim `id` (undefined for an unknown id). */
export async function loadClaimText(id: string): Promise<string | undefined> {
  const entry = findClaimEntry(id);
  if (!entry) return undefined;
  return (await import('./claimTexts')).CLAIM_TEXTS[entry.path];
}
