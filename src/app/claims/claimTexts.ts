// The text of every bundled claim file, in one chunk loaded when a claim is first opened (see claimCatalog.ts).

/** File text by path, as claimCatalog.ts names the files. */
export const CLAIM_TEXTS: Readonly<Record<string, string>> = import.meta.glob<string>(
  ['../../../scenarios/claims/*.json', '!**/schema.json'],
  { query: '?raw', import: 'default', eager: true },
);
