// The whole text of every bundled scenario file, in one chunk that is loaded when a scenario is first opened
// (the main bundle carries only ids, titles and claims; see catalog.ts).

/** File text by path, as catalog.ts names the files. */
export const DOCUMENT_TEXTS: Readonly<Record<string, string>> = import.meta.glob<string>(
  ['../../../scenarios/**/*.json', '!**/schema.json', '!../../../scenarios/claims/**'],
  { query: '?raw', import: 'default', eager: true },
);
