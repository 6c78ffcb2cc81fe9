// The bundled scenario catalog: every file is listed once, by its id, claims before calibration cases.
import { describe, expect, it } from 'vitest';
import {
  catalogFrom,
  findCatalogEntry,
  loadCatalogDocument,
  scenarioCatalog,
} from '../../../src/app/scenarios/catalog';

describe('scenario catalog', () => {
  it('lists bundled files with unique ids and no JSON Schema', () => {
    const ids = scenarioCatalog().map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('schema');
    expect(findCatalogEntry(ids[0] ?? '')?.id).toBe(ids[0]);
  });

  it('lists the matrix cells but not the claim files, which are not scenarios', () => {
    const kinds = new Set(scenarioCatalog().map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['article', 'calibration', 'claims', 'matrix', 'workshop']);
    expect(findCatalogEntry('matrix-privacy-decentralization')?.kind).toBe('matrix');
    expect(scenarioCatalog().some((entry) => entry.path.includes('/scenarios/claims/'))).toBe(false);
  });

  it('loads a document on demand, and nothing for an unknown id', async () => {
    const document = (await loadCatalogDocument('intellect-1-regions')) as { id?: string };
    expect(document.id).toBe('intellect-1-regions');
    expect(await loadCatalogDocument('no-such-scenario')).toBeUndefined();
  });

  it('sorts claims before calibration cases and reads titles and claims', () => {
    const entries = catalogFrom({
      '../../../scenarios/calibration/b.json': { id: 'b-case', title: 'A calibration', claim: { text: 'c' } },
      '../../../scenarios/z.json': { id: 'z-claim', title: 'Zed', claim: { text: 'claim z' } },
      '../../../scenarios/broken.json': 42,
    });
    expect(entries.map((entry) => [entry.id, entry.kind])).toEqual([
      ['broken', 'claims'],
      ['z-claim', 'claims'],
      ['b-case', 'calibration'],
    ]);
    expect(entries[1]?.claimText).toBe('claim z');
  });
});
