// scenarios/schema.json must be exactly what the schema command generates, so editors never check files
// against a stale parameter table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../src/cli/commands/schema';

describe('scenarios/schema.json', () => {
  it('matches the generated schema (regenerate with: npx tsx scripts/write-schema.ts)', () => {
    expect(readFileSync('scenarios/schema.json', 'utf8')).toBe(schemaText());
  });
});
